import { describe, expect, it } from 'vitest';
import { countSpokenWords, describePitchTimings, pitchTiming } from '../../../../src/lib/career/pitch-timing.ts';
import { careerContent } from './fixture.ts';

describe('countSpokenWords', () => {
  it('counts the words said, not the markup', () => {
    expect(countSpokenWords('## Intro\n\nHi, I’m **Maya**. I cut [latency](https://x.example) by 0.8 percent, 2,300 times a day!\n')).toBe(13);
    expect(countSpokenWords('import X from "y";\n\n<Aside>Ignored tag</Aside> Spoken {expression} words\n```\ncode block\n```')).toBe(4);
    expect(countSpokenWords('')).toBe(0);
  });
});

describe('pitchTiming', () => {
  it('times at 130 words a minute and warns only past 10 % over', () => {
    expect(pitchTiming('a', 'word '.repeat(65), 30)).toMatchObject({ words: 65, seconds: 30, overrun: 0, tooLong: false, wordsToCut: 0 });
    expect(pitchTiming('b', 'word '.repeat(71), 30)).toMatchObject({ seconds: 33, tooLong: false });
    expect(pitchTiming('c', 'word '.repeat(72), 30)).toMatchObject({ seconds: 33, tooLong: true, wordsToCut: 7 });
    expect(pitchTiming('d', 'word '.repeat(20), 30).overrun).toBeLessThan(0);
  });

  it('reports every pitch and warns about the long one, with how to fix it', () => {
    const { lines, warnings } = describePitchTimings(careerContent().content.pitches);
    expect(lines).toEqual(['check: pitch meetup-30s: 81 words, 37 s at 130 words a minute (target 30 s)', 'check: pitch recruiter-60s: 37 words, 17 s at 130 words a minute (target 60 s)']);
    expect(warnings).toEqual([expect.stringMatching(/^check: warning: .*tests\/fixtures\/career\/pitches\/meetup-30s\.mdx {2}pitch runs 37 s, 25% over its 30 s target: cut about 16 words, or set duration: 40$/)]);
  });
});
