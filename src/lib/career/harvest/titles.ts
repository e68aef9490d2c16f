/** Conventional-commit prefixes (`feat(api): add x`) and what the rest of the subject needs in front of it. */
const CONVENTIONAL = /^(feat|feature|fix|bugfix|hotfix|chore|docs|doc|refactor|perf|test|tests|build|ci|style|revert)(\([^)]*\))?!?:\s*/i;
const WORDS_AFTER_FIX = /^(fix|fixes|fixed|fixing)\b/i;
/** Words a verb phrase does not end on: "Tune ledger queries for" reads as "Tune ledger queries". */
const TRAILING = new Set(['a', 'an', 'the', 'and', 'or', 'for', 'to', 'of', 'in', 'on', 'with', 'from', 'by', 'at', 'into', 'when', 'so', 'as']);
/** The longest title the accomplishment schema takes. */
export const TITLE_MAX_LENGTH = 120;

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Titles longer than this lose their second clause ("; …", " (…)", " — …"), which reads as a note. */
const HEADLINE_LENGTH = 80;

/**
 * Text as a title: a long one without its second clause when the first says enough, then cut at
 * a word boundary so that it fits `max` characters.
 */
export function fitTitle(text: string, max = TITLE_MAX_LENGTH): string {
  let clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length > HEADLINE_LENGTH) {
    const clause = /;\s|\s\(|\s[—–-]\s/.exec(clean.slice(20));
    if (clause) clean = clean.slice(0, 20 + clause.index).replace(/[\s,;:.]+$/, '');
  }
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/**
 * A commit subject as an accomplishment title: without a conventional-commit prefix (`fix:`
 * becomes "Fix …"), a `[tag]`, or the pull request reference a squash merge appends, capitalised.
 */
export function cleanSubject(subject: string): string {
  let text = subject.trim().replace(/^\[[^\]]{1,30}\]\s*/, '');
  const prefix = CONVENTIONAL.exec(text);
  if (prefix) {
    text = text.slice(prefix[0].length);
    if (/^(fix|bugfix|hotfix)$/i.test(prefix[1]!) && !WORDS_AFTER_FIX.test(text)) text = `fix ${text}`;
  }
  text = text.replace(/\s*\((?:#\d+(?:,\s*)?)+\)\s*$/, '').replace(/\s+#\d+\s*$/, '').trim();
  return capitalise(text);
}

/** A branch name as a title: `noor/fix-ledger-locks` → "Fix ledger locks", `feature/ABC-12-faster-builds` → "Faster builds". */
export function branchTitle(branch: string): string {
  const parts = branch.split('/').filter(Boolean);
  const kind = parts.length > 1 ? parts[0]!.toLowerCase() : '';
  let words = (parts.at(-1) ?? branch).replace(/^[A-Za-z]{2,10}-\d+[-_]?/, '').replace(/[-_.]+/g, ' ').trim();
  if (words === '') words = parts.at(-1) ?? branch;
  if (/^(fix|bugfix|hotfix)$/.test(kind) && !WORDS_AFTER_FIX.test(words)) words = `fix ${words}`;
  return capitalise(words);
}

/**
 * The verb phrase most subjects start with: the longest run of two to five leading words that
 * at least two subjects share (the most shared first), without a dangling "for" or "the".
 * Undefined when no two subjects start alike.
 */
export function commonVerbPhrase(subjects: readonly string[]): string | undefined {
  const wordLists = subjects.map((subject) => subject.split(/\s+/).filter(Boolean));
  for (let length = 5; length >= 2; length--) {
    const counts = new Map<string, { count: number; words: string[] }>();
    for (const words of wordLists) {
      if (words.length < length) continue;
      const key = words.slice(0, length).join(' ').toLocaleLowerCase();
      const seen = counts.get(key);
      if (seen) seen.count++;
      else counts.set(key, { count: 1, words: words.slice(0, length) });
    }
    const best = [...counts.values()].filter((entry) => entry.count >= 2).sort((a, b) => b.count - a.count)[0];
    if (!best) continue;
    const words = [...best.words];
    while (words.length > 1 && TRAILING.has(words.at(-1)!.toLowerCase().replace(/[^a-z]/g, ''))) words.pop();
    if (words.length >= 2) return words.join(' ').replace(/[,;:.]+$/, '');
  }
  return undefined;
}
