import { describe, expect, it } from 'vitest';
import { framedPage } from '../../../../src/lib/print/page-frame.ts';

const page = (options: { title?: string; body?: string; stylesheet?: string; lang?: string; style?: string } = {}) =>
  `<!DOCTYPE html><html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'"><title>${options.title ?? 'Resume: Platform &amp; SRE'}</title><link rel="canonical" href="https://x.example/resume/a/"><style>${options.style ?? ':root{--brand:#123}'}</style><link rel="stylesheet" href="${options.stylesheet ?? '/_astro/Resume.abc.css'}"></head><body class="site">${options.body ?? '<article class="resume">A</article>'}</body></html>`;

describe('the frame a resume page prints in', () => {
  it('is the same for two pages that differ in their title, body and links only', () => {
    const a = framedPage(page(), 'http://127.0.0.1:1/resume/a/')!;
    const b = framedPage(page({ title: 'Resume: Data', body: '<nav>x</nav><article class="resume">B</article>' }).replace('/resume/a/', '/resume/b/'), 'http://127.0.0.1:1/resume/b/')!;
    expect(a.frame).toBe(b.frame);
    expect(b).toMatchObject({ titleHtml: 'Resume: Data', bodyHtml: '<nav>x</nav><article class="resume">B</article>', url: 'http://127.0.0.1:1/resume/b/' });
  });

  it('keeps the title as written, for the browser to read its character references', () => {
    expect(framedPage(page(), 'u')!.titleHtml).toBe('Resume: Platform &amp; SRE');
  });

  it.each([
    ['another stylesheet', { stylesheet: '/_astro/Resume.def.css' }],
    ['another style block', { style: ':root{--brand:#456}' }],
    ['another language', { lang: 'de' }],
  ])('differs with %s', (_, options) => {
    expect(framedPage(page(options), 'u')!.frame).not.toBe(framedPage(page(), 'u')!.frame);
  });

  it('is not found in a page without exactly one title and one body', () => {
    expect(framedPage(page().replace(/<title>.*<\/title>/, ''), 'u')).toBeUndefined();
    expect(framedPage(page().replace('</head>', '<title>Two</title></head>'), 'u')).toBeUndefined();
    expect(framedPage('<html><head><title>x</title></head></html>', 'u')).toBeUndefined();
  });
});
