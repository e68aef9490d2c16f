/** A pull request as `gh pr list --json number,title,body,mergedAt,reviews,additions,deletions,headRefName` prints it. */
export interface PullRequest {
  number: number;
  title: string;
  body: string;
  mergedAt: string | undefined;
  /** How many reviews it had, and from how many people. */
  reviews: number;
  reviewers: string[];
  additions: number | undefined;
  deletions: number | undefined;
  headRefName: string | undefined;
}

export type PullRequestsRead = { ok: true; pullRequests: PullRequest[] } | { ok: false; reason: string };

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/**
 * Reads the JSON list `gh pr list --json …` prints. Only `number` is required of each item; the
 * other fields are used when present, so a list made with fewer `--json` fields still reads.
 */
export function parsePullRequests(json: string): PullRequestsRead {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, reason: `is not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!Array.isArray(data)) return { ok: false, reason: 'is not a list of pull requests (expected [ { "number": 12, "title": … }, … ])' };
  const pullRequests: PullRequest[] = [];
  for (const [index, item] of data.entries()) {
    const record = (item ?? {}) as Record<string, unknown>;
    const number = count(record['number']);
    if (typeof item !== 'object' || item === null || number === undefined) {
      return { ok: false, reason: `item ${index + 1} has no "number": make it with gh pr list --json number,title,body,mergedAt,reviews,additions,deletions,headRefName` };
    }
    const reviews = Array.isArray(record['reviews']) ? (record['reviews'] as unknown[]) : [];
    const reviewers = [
      ...new Set(
        reviews
          .map((review) => text(((review as Record<string, unknown> | null)?.['author'] as Record<string, unknown> | undefined)?.['login']))
          .filter((login): login is string => login !== undefined),
      ),
    ];
    pullRequests.push({
      number,
      title: (text(record['title']) ?? '').trim(),
      body: (text(record['body']) ?? '').replace(/\r\n/g, '\n').trim(),
      mergedAt: text(record['mergedAt']) || undefined,
      reviews: reviews.length,
      reviewers,
      additions: count(record['additions']),
      deletions: count(record['deletions']),
      headRefName: text(record['headRefName']) || undefined,
    });
  }
  return { ok: true, pullRequests };
}
