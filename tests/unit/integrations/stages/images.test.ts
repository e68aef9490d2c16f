import { describe, expect, it } from 'vitest';
import { describeDiscarded } from '../../../../src/integrations/stages/images.ts';

describe('the images stage’s line about corrupt cache entries', () => {
  it('names the files made again, in one line, a few at most', () => {
    expect(describeDiscarded(['og/work.png (its bytes changed since they were written)'])).toBe('discarded 1 corrupt cached image and made it again: og/work.png (its bytes changed since they were written)');
    const many = describeDiscarded(['og/a.png (x)', 'og/b.png (x)', 'og/c.png (x)', 'og/d.png (x)']);
    expect(many).toBe('discarded 4 corrupt cached images and made them again: og/a.png (x); og/b.png (x); og/c.png (x); …');
    expect(many).not.toContain('\n');
  });
});
