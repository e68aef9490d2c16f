/**
 * A cover letter is one page: a second page is where a hiring manager stops reading. Printing is
 * the only exact measure, so the build prints and counts; when a letter runs over, the words that
 * landed past the first page say how much to cut.
 */

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Words a reader would count, in the text of the pages after the first. */
export function wordsPastFirstPage(pageTexts: readonly string[]): number {
  return pageTexts.slice(1).join(' ').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** The build error for a letter over one page: which, where, by how much, and what to do. */
export function letterOverflowError(options: { id: string; file: string; pages: number; wordsOver: number; copy: 'public' | 'resume' }): { message: string; hint: string } {
  const { id, file, pages, wordsOver, copy } = options;
  const which = copy === 'resume' ? ' (the copy for sending, with resume-only details)' : '';
  return {
    message: `Cover letter "${id}" (${file}) prints on ${plural(pages, 'page')}, ${plural(pages - 1, 'page')} over its limit of 1${which}: about ${plural(wordsOver, 'word')} run past the first page.`,
    hint: `Cut about ${plural(wordsOver, 'word')} from the body of ${file} (a paragraph of three or four sentences is about 70), or shorten the greeting, closing or addressee lines.`,
  };
}
