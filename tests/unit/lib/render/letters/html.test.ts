import { describe, expect, it } from 'vitest';
import { printDocument, selfContainedDocument } from '../../../../../src/lib/render/letters/document.ts';
import { renderLetterArticle } from '../../../../../src/lib/render/letters/html.ts';
import { BASIC_LETTER, letterFile, loadLetters, viewOf } from './fixtures.ts';

function articleOf(frontmatter: string, body?: string, audience: 'public' | 'resume' = 'resume'): string {
  return renderLetterArticle(viewOf(loadLetters(letterFile('globex', frontmatter, body)), 'globex', audience));
}

describe('renderLetterArticle', () => {
  it('is a resume sheet in its variant’s design and paper, headed by the resume’s own letterhead markup', () => {
    const html = articleOf(BASIC_LETTER);
    expect(html).toMatch(/^<article class="resume cover-letter" data-letter="globex" data-design="branded" data-paper="a4"><header class="resume-header"><h1 class="resume-name">Ada Example<\/h1><p class="resume-headline">Platform engineer · Go, Kubernetes<\/p><ul class="resume-contact">/);
  });

  it('prints the parts of a letter in order: date, recipient, subject, greeting, body, closing, signature', () => {
    const html = articleOf(BASIC_LETTER);
    const text = html.replace(/<br>/g, ' / ').replace(/<[^>]+>/g, '\n').split('\n').filter((line) => line.trim() !== '');
    expect(text.slice(text.indexOf('March 5, 2026'))).toEqual([
      'March 5, 2026',
      'Grace Hopper / Head of Platform / Globex',
      'Application for Senior Platform Engineer',
      'Dear Grace Hopper,',
      'I would like to join ',
      'Globex',
      ' as a platform engineer.',
      'I cut checkout latency by 89% at Acme.',
      'Kind regards,',
      'Ada Example',
    ]);
  });

  it('links the phone number in the copy for sending and has none in the public copy', () => {
    expect(articleOf(BASIC_LETTER, undefined, 'resume')).toContain('<a href="tel:+447700900123">+44 7700 900123</a>');
    const publicCopy = articleOf(`${BASIC_LETTER}\nvisibility: public`, undefined, 'public');
    expect(publicCopy).not.toContain('7700');
    expect(publicCopy).toContain('<a href="mailto:ada@ada.example">ada@ada.example</a>');
  });

  it('renders the Markdown body with raw HTML escaped, so a letter cannot carry a script', () => {
    const html = articleOf(BASIC_LETTER, 'See [my site](https://ada.example) &lt;script&gt;alert(1)&lt;/script&gt; and *this*.\n');
    expect(html).toContain('<div class="letter-body"><p>See <a href="https://ada.example">my site</a> &lt;script&gt;alert(1)&lt;/script&gt; and <em>this</em>.</p></div>');
    expect(html).not.toContain('<script>');
  });

  it('escapes what people write in the frontmatter', () => {
    const html = articleOf(BASIC_LETTER.replace('company: Globex', 'company: "Smith & <Jones>"'));
    expect(html).toContain('Smith &amp; &lt;Jones&gt;');
    expect(html).not.toContain('<Jones>');
  });
});

describe('letter documents', () => {
  const view = viewOf(loadLetters(letterFile('globex', BASIC_LETTER)), 'globex', 'resume');
  const article = renderLetterArticle(view);

  it('titles the document with the name, the role and the company', () => {
    expect(printDocument(view, article, ['/resume.css'])).toContain('<title>Ada Example – Cover letter (Senior Platform Engineer, Globex)</title>');
  });

  it('links the print stylesheets for the printer and sets the brand colours', () => {
    const html = printDocument(view, article, ['/fonts.css', '/resume.css', '/letter.css']);
    expect(html).toContain('<link rel="stylesheet" href="/fonts.css"><link rel="stylesheet" href="/resume.css"><link rel="stylesheet" href="/letter.css">');
    expect(html).toContain(':root{--brand:#1f5f4f;--accent:#b45309}');
  });

  it('carries its styles inline in the out/ copy, so it opens from disk without a server', () => {
    const html = selfContainedDocument(view, article, '.resume { color: black; }');
    expect(html).toContain('.resume { color: black; }</style>');
    expect(html).not.toMatch(/<link|src=|url\(/);
    expect(html).toContain(article);
  });
});
