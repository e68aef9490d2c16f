/** A calm speaking pace for a pitch: fast enough to sound confident, slow enough to be followed. */
export const WORDS_PER_MINUTE = 130;
/** How far over its target a pitch may run before the check warns: 10 %. */
export const OVERRUN_TOLERANCE = 0.1;

/** Words a person would say: headings, markup, code and tags removed; `2,300`, `0.8` and `p99` count once. */
export function countSpokenWords(body: string): number {
  const prose = body
    .replace(/^\s*(import|export)\s.*$/gm, '')
    .replace(/^\s*#{1,6}\s.*$/gm, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*([-*+>]|\d+\.)\s+/gm, '');
  return prose.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export interface PitchTiming {
  id: string;
  words: number;
  /** Speaking time at 130 words a minute, rounded to the second. */
  seconds: number;
  /** The pitch's `duration`. */
  target: number;
  /** How much longer than the target it runs, as a fraction (0.2 = 20 % over); negative when shorter. */
  overrun: number;
  /** Over the target by more than the tolerance. */
  tooLong: boolean;
  /** Words to cut to fit the target, when too long. */
  wordsToCut: number;
}

export function pitchTiming(id: string, body: string, target: number): PitchTiming {
  const words = countSpokenWords(body);
  const exactSeconds = (words * 60) / WORDS_PER_MINUTE;
  const overrun = exactSeconds / target - 1;
  const tooLong = overrun > OVERRUN_TOLERANCE;
  const wordsToCut = tooLong ? Math.ceil(words - (target * WORDS_PER_MINUTE) / 60) : 0;
  return { id, words, seconds: Math.round(exactSeconds), target, overrun, tooLong, wordsToCut };
}

/** One line per pitch for `npm run check`, and a warning line for each that runs too long. */
export function describePitchTimings(pitches: readonly { id: string; file: string; body: string; data: { duration: number } }[]): { lines: string[]; warnings: string[] } {
  const lines: string[] = [];
  const warnings: string[] = [];
  for (const pitch of pitches) {
    const timing = pitchTiming(pitch.id, pitch.body, pitch.data.duration);
    lines.push(`check: pitch ${pitch.id}: ${timing.words} words, ${timing.seconds} s at ${WORDS_PER_MINUTE} words a minute (target ${timing.target} s)`);
    if (timing.tooLong) {
      warnings.push(
        `check: warning: ${pitch.file}  pitch runs ${timing.seconds} s, ${Math.round(timing.overrun * 100)}% over its ${timing.target} s target: cut about ${timing.wordsToCut} words, or set duration: ${Math.ceil(timing.seconds / 5) * 5}`,
      );
    }
  }
  return { lines, warnings };
}
