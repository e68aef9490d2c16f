import { describe, expect, it } from 'vitest';
import type { Commit } from '../../../../../src/lib/career/harvest/git-log.ts';
import { areaOf, groupCommits, pullRequestsNamed, readMergeMessage } from '../../../../../src/lib/career/harvest/pieces.ts';

const NOOR = 'noor@noor.example';
const SAM = 'sam@orbit.example';

function commit(sha: string, parents: string[], date: string, subject: string, files: string[] = [], author = NOOR, body = ''): Commit {
  return { sha, parents, authorEmail: author, authorName: author, date, time: `${date}T10:00:00+00:00`, subject, body, files: files.map((file) => ({ path: file, added: 10, deleted: 0, binary: false })) };
}

const ours = (item: Commit) => item.authorEmail === NOOR;
const shape = (pieces: ReturnType<typeof groupCommits>) => pieces.map((piece) => [piece.kind, piece.pullRequest ?? piece.branch ?? piece.area, piece.commits.map((item) => item.sha)]);

describe('readMergeMessage', () => {
  it.each([
    ['Merge pull request #12 from noor/faster-ledger', 'Speed up reports\n\nMore.', { pullRequest: 12, branch: 'faster-ledger', title: 'Speed up reports' }],
    ["Merge branch 'noor/alerts'", '', { branch: 'noor/alerts' }],
    ["Merge branch 'alerts' into 'main'", '', { branch: 'alerts' }],
    ["Merge remote-tracking branch 'origin/hotfix/locks'", '', { branch: 'hotfix/locks' }],
    ['Revert "Merge x"', '', {}],
  ])('%s', (subject, body, expected: object) => {
    expect(readMergeMessage(subject, body)).toEqual(expected);
  });
});

describe('pullRequestsNamed', () => {
  it('finds #123 and (#123), not colours or URLs', () => {
    expect(pullRequestsNamed('Add export (#15)')).toEqual([15]);
    expect(pullRequestsNamed('Follow-up to #12 and #14')).toEqual([12, 14]);
    expect(pullRequestsNamed('Use &#35; and colour #fff and a/#3')).toEqual([]);
  });
});

describe('areaOf', () => {
  it('is the top folder, or the folder inside src/, packages/ and the like', () => {
    expect(areaOf('docs/deploy.md')).toBe('docs');
    expect(areaOf('src/ledger/index.go')).toBe('src/ledger');
    expect(areaOf('packages/web/src/app.ts')).toBe('packages/web');
    expect(areaOf('src/main.go')).toBe('src');
    expect(areaOf('README.md')).toBe('(top level)');
  });
});

describe('groupCommits', () => {
  it("groups a merged branch with every commit it brought in, nested merges included, keeping the author's", () => {
    const commits = [
      commit('m2', ['m1', 'b3'], '2026-06-06', 'Merge pull request #7 from noor/big'),
      commit('b3', ['b2', 's1'], '2026-06-05', "Merge branch 'noor/small' into noor/big"),
      commit('s1', ['b1'], '2026-06-04', 'Small part', ['src/a/x.go']),
      commit('b2', ['b1'], '2026-06-03', 'Second part', ['src/a/y.go'], SAM),
      commit('b1', ['m1'], '2026-06-02', 'First part', ['src/a/z.go']),
      commit('m1', [], '2026-06-01', 'Start', ['README.md']),
    ];
    expect(shape(groupCommits(commits, 'm2', ours))).toEqual([
      ['merge', 7, ['b1', 's1']],
      ['run', '(top level)', ['m1']],
    ]);
  });

  it('leaves main merged into a branch alone: those commits are not the branch’s work', () => {
    const commits = [
      commit('f3', ['f2'], '2026-06-05', 'Finish', ['web/a.ts']),
      commit('f2', ['f1', 'm2'], '2026-06-04', "Merge branch 'main' into feature"),
      commit('m2', ['m1'], '2026-06-03', 'Main work', ['api/b.go']),
      commit('f1', ['m1'], '2026-06-02', 'Begin', ['web/c.ts']),
      commit('m1', [], '2026-05-01', 'Start', ['README.md']),
    ];
    expect(shape(groupCommits(commits, 'f3', ours))).toEqual([
      ['run', '(top level)', ['m1']],
      ['run', 'web', ['f1', 'f3']],
      ['run', 'api', ['m2']],
    ]);
  });

  it('puts commits naming the same pull request together, joining its merge when there is one', () => {
    const commits = [
      commit('c4', ['c3'], '2026-06-09', 'Address review of #7', ['src/a/x.go']),
      commit('c3', ['c2'], '2026-06-08', 'Add export (#9)', ['src/b/y.go']),
      commit('c2', ['c1', 'b1'], '2026-06-07', 'Merge pull request #7 from noor/a'),
      commit('b1', ['c1'], '2026-06-06', 'Part of a', ['src/a/z.go']),
      commit('c1', [], '2026-06-01', 'Fix export (#9)', ['src/b/y.go']),
    ];
    expect(shape(groupCommits(commits, 'c4', ours))).toEqual([
      ['merge', 7, ['b1', 'c4']],
      ['pull-request', 9, ['c1', 'c3']],
    ]);
  });

  it('makes runs of commits in one area at most three days apart and two weeks long, leaving out pieces with none of the author’s', () => {
    const dates = ['2026-06-01', '2026-06-03', '2026-06-06', '2026-06-10', '2026-06-12', '2026-06-15', '2026-06-17', '2026-06-20', '2026-06-22', '2026-06-25'];
    const docs = dates.map((date, index) => commit(`d${index}`, index === 0 ? [] : [`d${index - 1}`], date, `Docs ${index}`, ['docs/x.md']));
    const other = commit('o1', ['d9'], '2026-06-02', 'Theirs', ['api/x.go'], SAM);
    const pieces = groupCommits([other, ...docs].reverse(), 'o1', ours);
    // 06-06 to 06-10 is four days apart: a new run; 06-25 is three days after 06-22 but fifteen after the run began.
    expect(shape(pieces)).toEqual([
      ['run', 'docs', ['d0', 'd1', 'd2']],
      ['run', 'docs', ['d3', 'd4', 'd5', 'd6', 'd7', 'd8']],
      ['run', 'docs', ['d9']],
    ]);
  });
});
