import { AstroError } from 'astro/errors';

/**
 * An error about the user's content or output, not about our code: Astro prints its message and
 * hint, and no stack trace, because the stack would point into Cairn rather than at what to fix.
 */
export function userFacingError(message: string, hint: string): AstroError {
  const error = new AstroError(message, hint);
  error.stack = '';
  return error;
}
