import { unsafeLinksInMdx, type UnsafeLink } from './body-links.ts';
import { findMdxSyntaxError, type MdxSyntaxError } from './mdx-syntax.ts';

/**
 * What a body's text alone says about it, wherever it is: whether it is valid MDX, and which of
 * its links a browser would run or embed. The same text always gets the same answer, so the
 * parsed-file cache keeps it between builds; checks that look at files on disk are not here.
 */
export interface BodyCheck {
  /** The body's first MDX syntax error, its line counted from the body's first line (1). */
  syntaxError: MdxSyntaxError | undefined;
  /** Links a browser would run or embed, in order; not looked for in a body that is not valid MDX. */
  unsafeLinks: UnsafeLink[];
}

export function checkBody(body: string): BodyCheck {
  const syntaxError = findMdxSyntaxError(body, 1);
  return { syntaxError, unsafeLinks: syntaxError ? [] : unsafeLinksInMdx(body) };
}

/** Something that may already know a body's check: the parsed-file cache. */
export interface BodyCheckSource {
  bodyCheck(body: string, check: (body: string) => BodyCheck): BodyCheck;
}
