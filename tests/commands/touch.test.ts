import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, runCommand } from './run.ts';

const touch = (cwd: string, args: string[]) => runCommand('touch', [...args, '--content', 'content'], { cwd });
const file = (cwd: string) => readFileSync(path.join(cwd, 'content/network/ana-lima.mdx'), 'utf8');

describe('npm run touch', () => {
  it('appends the dated note and updates lastContact, so the review no longer lists the person', () => {
    const cwd = copyFixture();
    const result = touch(cwd, ['Ana Lima', 'Lunch; she is hiring two platform engineers']);
    expect(result).toEqual({ status: 0, stdout: 'touch: recorded 2026-06-30 with Ana Lima in content/network/ana-lima.mdx; next check-in due in 60 days\n', stderr: '' });
    expect(file(cwd)).toContain('lastContact: "2026-06-30"\n');
    expect(file(cwd)).toMatch(/- \*\*2026-03-01\*\*: Coffee after the meetup\.\n- \*\*2026-06-30\*\*: Lunch; she is hiring two platform engineers\n$/);
    const review = runCommand('review', ['--content', 'content'], { cwd });
    expect(review.stdout).not.toContain('**Ana Lima**');
  });

  it('records a contact on another day with --date', () => {
    const cwd = copyFixture();
    expect(touch(cwd, ['ana-lima', 'Call', '--date', '2026-05-02']).status).toBe(0);
    expect(file(cwd)).toContain('lastContact: "2026-05-02"');
  });

  it.each([
    [['anna-lim', 'Hi'], 'touch: nobody called "anna-lim" in content/network/: did you mean "ana-lima"?'],
    [['ana-lima'], 'touch: the note is missing: add what you talked about, in quotes, e.g. npm run touch -- ana-lima "Coffee; she is hiring SREs"'],
    [['ana-lima', 'Coffee', 'today'], 'touch: got more than a person and a note ("today"): put the note in quotes, e.g. npm run touch -- ana-lima "Coffee today"'],
    [['ana-lima', 'Coffee', '--date', '30/06/2026'], 'touch: --date "30/06/2026" is not a real date: write it as YYYY-MM-DD, e.g. 2026-09-01'],
  ])('refuses %j with one line naming the problem and the fix, and changes nothing', (args, message) => {
    const cwd = copyFixture();
    const before = file(cwd);
    const result = touch(cwd, args);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(message);
    expect(file(cwd)).toBe(before);
  });

  it('asks for the id when two people share the first name given, naming both, and changes neither', () => {
    const cwd = copyFixture();
    writeFileSync(path.join(cwd, 'content/network/ana-souza.mdx'), '---\nname: Ana Souza\n---\n');
    const before = file(cwd);
    const result = touch(cwd, ['ana', 'Coffee']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('touch: 2 people are called "ana" in content/network/: ana-lima (Ana Lima), ana-souza (Ana Souza); give the id of the one you mean');
    expect(file(cwd)).toBe(before);
    expect(touch(cwd, ['ana-souza', 'Coffee']).status).toBe(0);
  });
});
