import { describe, expect, it } from 'vitest';
import type { ResumeView } from '../../../../src/lib/model/resume/selection.ts';
import { overflowError } from '../../../../src/lib/print/resume-fit.ts';

/** The parts of a view the overflow message reads. */
function viewWith(variant: { pages: 1 | 2; fit: 'auto' | 'strict'; pinned?: string[]; roles?: number }): ResumeView {
  return {
    id: 'general',
    variant: { pages: variant.pages, fit: variant.fit, pinned: variant.pinned ?? [], limits: { bulletsPerRole: 4, skills: 12, learning: 4 } },
    roles: Array.from({ length: variant.roles ?? 10 }, (_, index) => ({ id: `role-${index}` })),
  } as unknown as ResumeView;
}

describe('overflowError', () => {
  it('never suggests a setting the variant already has', () => {
    const tooLong = { fits: false as const, pages: 3, wouldFitWithout: undefined };
    const { message, hint } = overflowError(viewWith({ pages: 2, fit: 'auto' }), 'content/resumes/general.mdx', tooLong);
    expect(message).toBe('Resume "general" (content/resumes/general.mdx) prints on 3 pages, 1 page over its limit of 2 (fit: auto), even with every bullet that is not pinned left out.');
    expect(hint).not.toMatch(/pages: 2|fit: auto|unpin/);
    expect(hint).toBe('Shorten the summary, leave sections out (sections: [...]) or show fewer roles (limits.roles: 5, now all of 10) or fewer years (limits.years).');
  });

  it('offers two pages and automatic fitting only where they are not set yet', () => {
    const strict = { fits: false as const, pages: 2, wouldFitWithout: ['a', 'b'] };
    expect(overflowError(viewWith({ pages: 1, fit: 'strict' }), 'x.mdx', strict).hint).toBe(
      'Leaving out its 2 lowest-ranked bullets would make it fit: a, b. To do so, lower limits.bulletsPerRole, add them to exclude.accomplishments, set pages: 2 or set fit: auto to let the build leave them out.',
    );
    expect(overflowError(viewWith({ pages: 2, fit: 'strict' }), 'x.mdx', { ...strict, pages: 3 }).hint).not.toMatch(/pages: 2/);
    expect(overflowError(viewWith({ pages: 1, fit: 'auto', pinned: ['a'] }), 'x.mdx', { fits: false, pages: 2, wouldFitWithout: undefined }).hint).toMatch(/unpin some accomplishments.* or set pages: 2\.$/);
  });
});
