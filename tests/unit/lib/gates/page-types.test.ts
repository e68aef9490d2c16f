import { describe, expect, it } from 'vitest';
import { representativePages } from '../../../../src/lib/gates/page-types.ts';

describe('representativePages', () => {
  it('keeps one page per template', () => {
    expect(
      representativePages([
        'index.html',
        'work/index.html',
        'work/a/index.html',
        'work/b/index.html',
        'work/tags/x/index.html',
        'work/tags/y/index.html',
        'skills/go/index.html',
        'skills/index.html',
        '404.html',
      ]),
    ).toEqual(['/404.html', '/', '/skills/go/', '/skills/', '/work/a/', '/work/', '/work/tags/x/']);
  });
});
