import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/astro-build.ts';

const read = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');

/** `[major, minor]` from the first match of `pattern` in `text`. */
function version(text: string, pattern: RegExp): [number, number] {
  const match = pattern.exec(text);
  expect(match, `${pattern} not found`).not.toBeNull();
  return [Number(match![1]), Number(match![2])];
}

describe('the oldest Node that Cairn supports', () => {
  const readme = version(read('README.md'), /\*\*Node\.js (\d+)\.(\d+) or newer\*\*/);
  const engines = version((JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node, /^>=(\d+)\.(\d+)\.\d+$/);
  const ci = version(read('.ci/run'), /major > (\d+) \|\| \(major === \d+ && minor >= (\d+)\)/);

  it('is the same in the README, in package.json’s engines and in the version .ci/run accepts', () => {
    expect(engines).toEqual(readme);
    expect(ci).toEqual(readme);
  });

  it('runs the commands, which are TypeScript files, without a flag: Node 22.18 or newer', () => {
    // Node 22.18 is the first 22.x release that strips TypeScript types by default.
    const [major, minor] = readme;
    expect(major > 22 || (major === 22 && minor >= 18), `Node ${major}.${minor}`).toBe(true);
  });
});
