import { describe, expect, it } from 'vitest';
import { SEMI_SPACE_MIB, youngGenerationFlags } from '../../../../src/lib/build/young-generation.ts';

describe('youngGenerationFlags', () => {
  it('sizes the semi-spaces of the Astro process', () => {
    expect(youngGenerationFlags(undefined)).toEqual([`--max-semi-space-size=${SEMI_SPACE_MIB}`]);
    expect(youngGenerationFlags('--enable-source-maps')).toEqual([`--max-semi-space-size=${SEMI_SPACE_MIB}`]);
  });

  it('leaves the size a person set in NODE_OPTIONS, in either spelling', () => {
    expect(youngGenerationFlags('--max-semi-space-size=8')).toEqual([]);
    expect(youngGenerationFlags('--inspect --max_semi_space_size=64')).toEqual([]);
  });
});
