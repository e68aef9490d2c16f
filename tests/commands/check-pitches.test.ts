import { describe, expect, it } from 'vitest';
import { FIXTURE, runCommand } from './run.ts';
import { PROJECT_ROOT } from '../support/astro-build.ts';

describe('npm run check: pitch timing', () => {
  it('reports each pitch’s words and speaking time, and warns about a long one without failing', () => {
    const result = runCommand('check', ['--content-only', '--content', FIXTURE], { cwd: PROJECT_ROOT });
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').slice(1, 3)).toEqual(['check: pitch meetup-30s: 81 words, 37 s at 130 words a minute (target 30 s)', 'check: pitch recruiter-60s: 37 words, 17 s at 130 words a minute (target 60 s)']);
    expect(result.stderr).toBe('check: warning: tests/fixtures/career/pitches/meetup-30s.mdx  pitch runs 37 s, 25% over its 30 s target: cut about 16 words, or set duration: 40\n');
  });
});
