/** Edit distance between two short strings (names, ids, field keys). */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/**
 * The known name closest to what was written, when it is close enough to be a likely typo
 * (within a third of its length), for "did you mean …?" hints.
 */
export function closestMatch(written: string, known: Iterable<string>): string | undefined {
  const needle = written.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const candidate = name.toLowerCase();
    const distance = candidate.includes(needle) || needle.includes(candidate) ? Math.abs(candidate.length - needle.length) * 0.5 : editDistance(needle, candidate);
    if (!best || distance < best.distance) best = { name, distance };
  }
  if (!best) return undefined;
  return best.distance <= Math.max(2, Math.ceil(written.length / 3)) ? best.name : undefined;
}
