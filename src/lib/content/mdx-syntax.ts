import { mdxToJs } from 'satteri';

export interface MdxSyntaxError {
  /** 1-based line in the whole file. */
  line: number;
  message: string;
}

/**
 * Compiles an MDX body with the same compiler Astro's MDX integration uses, so a stray `<div>` or
 * `{` is reported by `npm run check` with its line instead of failing the build later.
 * `firstLine` is the file line the body starts on.
 */
export function findMdxSyntaxError(body: string, firstLine: number): MdxSyntaxError | undefined {
  try {
    mdxToJs(body);
    return undefined;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const position = /^(\d+):(\d+):\s*/.exec(text);
    const message = text
      .replace(/^(\d+):(\d+):\s*/, '')
      .replace(/\s*\([^()]*:[^()]*\)\s*$/, '')
      .replace(/\s*\(\d+:\d+\)/g, '');
    return { line: firstLine + (position ? Number(position[1]) - 1 : 0), message };
  }
}
