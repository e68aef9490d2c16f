/**
 * "Today" for a build, `YYYY-MM-DD`. `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds
 * convention) pins it, so two builds of the same content can be byte-identical.
 */
export function buildDate(): string {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}
