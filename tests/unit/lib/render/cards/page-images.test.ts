import { describe, expect, it } from 'vitest';
import { pageOfFile, pagesWithImages } from '../../../../../src/lib/render/cards/page-images.ts';

const page = (image: string, title: string, description: string) =>
  `<head><meta property="og:title" content="${title}"><meta property="og:description" content="${description}"><meta property="og:image" content="${image}"></head>`;

describe('pagesWithImages', () => {
  it('reads each page’s own image, title and description from its meta tags', () => {
    const pages = pagesWithImages(
      [
        { file: 'index.html', html: page('https://ada.example/og/index.png', 'Ada Example · Platform engineer', 'Home.') },
        { file: 'work/tags/cost/index.html', html: page('https://ada.example/og/work/tags/cost.png', '#cost · Ada Example', '1 accomplishment tagged &quot;cost&quot; &amp; more.') },
        { file: 'elsewhere/index.html', html: page('https://cdn.example/og/x.png', 'Elsewhere · Ada Example', '') },
        { file: 'plain.html', html: '<head><title>No image</title></head>' },
      ],
      'https://ada.example/',
      'Ada Example',
    );
    expect(pages).toEqual([
      { page: '', image: 'og/index.png', title: 'Ada Example · Platform engineer', description: 'Home.' },
      { page: 'work/tags/cost/', image: 'og/work/tags/cost.png', title: '#cost', description: '1 accomplishment tagged "cost" & more.' },
    ]);
  });

  it('turns built files into page addresses', () => {
    expect(pageOfFile('index.html')).toBe('');
    expect(pageOfFile('work/x/index.html')).toBe('work/x/');
    expect(pageOfFile('404.html')).toBe('404/');
  });
});
