/**
 * Fixes for the mistakes people make most often in a field, where the schema's message alone
 * would point the wrong way: a date field rejects "present", but the fix is to leave it out.
 */

/** Words people write for "still going" instead of leaving an end date out. */
const ONGOING = /^(present|now|current|currently|ongoing|today|heute|aktuell|bis heute|actuel|actualidad|presente|atual|obecnie)$/i;

/** A number written with its unit: "84%", "1.2 s", "€300k". */
const NUMBER_WITH_UNIT = /^\s*([-+]?\d[\d,]*(?:\.\d+)?)\s*([^\d\s,.].{0,15})\s*$|^\s*([^\d\s+\-]{1,3})\s*([-+]?\d[\d,]*(?:\.\d+)?)\s*$/u;

/** The better hint for a field's rejected value, or undefined to keep the schema's. */
export function hintForRejectedValue(path: readonly PropertyKey[], received: unknown): string | undefined {
  const field = String(path[path.length - 1] ?? '');
  if (typeof received !== 'string') return undefined;
  if (field === 'end' && ONGOING.test(received.trim())) return 'leave "end" out while it is current';
  if (path.includes('impact') && (field === 'from' || field === 'to')) {
    if (/^\s*[-+]?\d+(?:\.\d+)?\s*$/.test(received)) return `write the number without quotes: ${field}: ${received.trim()}`;
    const match = NUMBER_WITH_UNIT.exec(received);
    if (match) {
      const number = (match[1] ?? match[4])!.replace(/,/g, '');
      const unit = (match[2] ?? match[3])!.trim();
      return `write ${field}: ${number} and put the unit in its own field: unit: "${unit}"`;
    }
  }
  return undefined;
}
