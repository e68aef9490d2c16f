import { describe, expect, it } from 'vitest';
import { DEFAULT_OWN_PATHS, isOwnPath, parseOwnPaths, planUpgrade } from '../../../../src/lib/build/upgrade-plan.ts';

const tree = (files: Record<string, string>) => new Map(Object.entries(files).map(([file, blob]) => [file, `100644 ${blob}`]));
const own = [...DEFAULT_OWN_PATHS];

describe('planUpgrade', () => {
  const base = tree({ 'src/a.ts': 'a1', 'src/b.ts': 'b1', 'src/c.ts': 'c1', 'src/gone.ts': 'g1', 'content/profile.mdx': 'p1', 'src/d.ts': 'd1' });

  it('takes what only Cairn changed, keeps what only the person changed, and names what both changed', () => {
    const mine = tree({ 'src/a.ts': 'a1', 'src/b.ts': 'b-mine', 'src/c.ts': 'c-mine', 'src/gone.ts': 'g1', 'content/profile.mdx': 'p-mine', 'src/mine.ts': 'm', 'src/d.ts': 'd1' });
    const theirs = tree({ 'src/a.ts': 'a2', 'src/b.ts': 'b1', 'src/c.ts': 'c2', 'content/profile.mdx': 'p2', 'src/new.ts': 'n', 'src/d.ts': 'd1' });
    expect(planUpgrade({ base, mine, theirs }, own)).toEqual({
      take: ['src/a.ts', 'src/new.ts'],
      remove: ['src/gone.ts'],
      conflicts: ['src/c.ts'],
      keptOwn: ['content/profile.mdx'],
    });
  });

  it('treats a file the person deleted, and Cairn changed, as changed on both sides; one both deleted as settled', () => {
    const mine = tree({ 'src/a.ts': 'a1', 'src/c.ts': 'c1' });
    const theirs = tree({ 'src/a.ts': 'a1', 'src/b.ts': 'b2', 'src/c.ts': 'c1' });
    const plan = planUpgrade({ base, mine, theirs }, own);
    expect(plan.conflicts).toEqual(['src/b.ts']);
    expect(plan.remove).toEqual([]);
  });

  it('counts a changed file mode as a change', () => {
    const mine = new Map([['run.sh', '100644 x']]);
    const theirs = new Map([['run.sh', '100755 x']]);
    expect(planUpgrade({ base: mine, mine, theirs }, own).take).toEqual(['run.sh']);
  });

  it('without common history takes every file of the newer Cairn and removes none', () => {
    const mine = tree({ 'src/a.ts': 'a-mine', 'src/old.ts': 'o', 'public/_headers': 'h1' });
    const theirs = tree({ 'src/a.ts': 'a2', 'src/new.ts': 'n', 'public/_headers': 'h2' });
    expect(planUpgrade({ base: undefined, mine, theirs }, own)).toEqual({ take: ['src/a.ts', 'src/new.ts'], remove: [], conflicts: [], keptOwn: [] });
  });
});

describe('own paths', () => {
  it('reads a path per line, with comments, ./ and trailing slashes, and refuses what is not a path inside the repository', () => {
    expect(parseOwnPaths('# mine\n./src/styles/brand.css\n.github/workflows/  # deploy is mine\n\n/etc/passwd\n../x\nsrc/*.css\n')).toEqual({
      paths: ['src/styles/brand.css', '.github/workflows'],
      problems: [
        '.cairn/own-paths:5  "/etc/passwd" is not a path inside the repository: write a file or folder from its top, such as src/styles/brand.css or .github/workflows/ (no wildcards)',
        '.cairn/own-paths:6  "../x" is not a path inside the repository: write a file or folder from its top, such as src/styles/brand.css or .github/workflows/ (no wildcards)',
        '.cairn/own-paths:7  "src/*.css" is not a path inside the repository: write a file or folder from its top, such as src/styles/brand.css or .github/workflows/ (no wildcards)',
      ],
    });
  });

  it('matches a folder’s files but not a sibling that shares its name’s start', () => {
    expect(isOwnPath('content/roles/a.mdx', own)).toBe(true);
    expect(isOwnPath('contents.md', own)).toBe(false);
    expect(isOwnPath('public', own)).toBe(true);
  });
});
