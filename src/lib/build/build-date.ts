/**
 * "Today" for a build, `YYYY-MM-DD`. A source date epoch (seconds, the reproducible-builds
 * convention) pins it, so two builds of the same content can be byte-identical.
 */
export function buildDate(epoch: string | undefined): string {
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}
