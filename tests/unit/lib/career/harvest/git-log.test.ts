import { describe, expect, it } from 'vitest';
import { parseGitLog, withoutGitLocation } from '../../../../../src/lib/career/harvest/git-log.ts';

const RECORD = '\x1e\x1fcairn-commit\x1f';

describe('parseGitLog', () => {
  it('reads the fields, the sizes per file, renames and binary files', () => {
    const output =
      `${RECORD}aaa\0bbb\0noor@noor.example\0Noor Haddad\0 2026-06-02T23:30:00-07:00\0Rename the report (#3)\0Why: clarity.\n\0\0\n3\t1\t\0src/old.go\0src/new.go\0-\t-\tlogo.png\0` +
      `${RECORD}bbb\0\0sam@orbit.example\0Sam\0 2026-06-01T09:00:00+02:00\0First\0\0\0\n10\t0\tREADME.md\0` +
      `${RECORD}ccc\0aaa ddd\0noor@noor.example\0Noor Haddad\0 2026-06-03T10:00:00+00:00\0Merge branch 'x'\0\0\0`;
    const commits = parseGitLog(output.replace(/\0 /g, '\0'));
    expect(commits).toEqual([
      {
        sha: 'aaa',
        parents: ['bbb'],
        authorEmail: 'noor@noor.example',
        authorName: 'Noor Haddad',
        date: '2026-06-02',
        time: '2026-06-02T23:30:00-07:00',
        subject: 'Rename the report (#3)',
        body: 'Why: clarity.',
        files: [
          { path: 'src/new.go', added: 3, deleted: 1, binary: false },
          { path: 'logo.png', added: 0, deleted: 0, binary: true },
        ],
      },
      expect.objectContaining({ sha: 'bbb', parents: [], files: [{ path: 'README.md', added: 10, deleted: 0, binary: false }] }),
      expect.objectContaining({ sha: 'ccc', parents: ['aaa', 'ddd'], files: [] }),
    ]);
  });

  it('keeps the day the author lived, not the UTC one', () => {
    const [commit] = parseGitLog(`${RECORD}aaa\0\0a@b.c\0A\x002026-06-02T23:30:00-07:00\0S\0\0\0`);
    expect(commit?.date).toBe('2026-06-02');
  });
});

describe('withoutGitLocation', () => {
  it('drops what would point git at another repository, and keeps the rest', () => {
    expect(withoutGitLocation({ GIT_DIR: '/x/.git', GIT_WORK_TREE: '/x', PATH: '/bin', GIT_AUTHOR_NAME: 'N' })).toEqual({ PATH: '/bin', GIT_AUTHOR_NAME: 'N' });
  });
});
