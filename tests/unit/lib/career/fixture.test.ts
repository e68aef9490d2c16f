import { describe, expect, it } from 'vitest';
import { checkCrossReferences } from '../../../../src/lib/content/cross-references.ts';
import { careerContent } from './fixture.ts';

describe('the career fixture', () => {
  it('passes the schemas and the cross-reference rules, as npm run check would', () => {
    const { content, problems } = careerContent();
    expect(problems).toEqual([]);
    expect(checkCrossReferences(content)).toEqual([]);
    expect(content.network.map((entry) => entry.id)).toEqual(['ana-lima', 'ben-okoro', 'cara-ng']);
    expect(content.interviews).toHaveLength(3);
  });
});
