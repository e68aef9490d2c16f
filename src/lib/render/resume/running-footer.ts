/**
 * The footer of a resume that runs to a second page: the person's name on the left and "2 / 2" on
 * the right of every page after the first, so a page that comes loose from the stack still says
 * whose it is. The first page already opens with the name; a footer there would also come first in
 * the PDF's text (margin boxes are drawn before the page's content) and greet an ATS with "1 / 2".
 * Written as @page margin boxes (Chromium prints them since version 131), in the document's own
 * fonts, for both paper sizes resume.css names; a one-page resume prints without it. Margin boxes
 * are placed by physical side, so a right-to-left resume puts the name on the right itself.
 */

/** `text` as a CSS string: quotes, backslashes and line ends escaped. */
function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

export function runningFooterCss(name: string, direction: 'ltr' | 'rtl' = 'ltr'): string {
  const box = "font: 400 7.5pt/1 'Inter', var(--resume-scripts, sans-serif); color: #6b7280;";
  const [start, end] = direction === 'rtl' ? ['right', 'left'] : ['left', 'right'];
  const footer = `@bottom-${start} { content: ${cssString(name)}; ${box} } @bottom-${end} { content: counter(page) " / " counter(pages); ${box} }`;
  const none = '@bottom-left { content: none } @bottom-right { content: none }';
  return `@page resume-letter { ${footer} } @page resume-a4 { ${footer} } @page resume-letter:first { ${none} } @page resume-a4:first { ${none} }`;
}
