/** The outcome of one quality gate of `npm run verify`. */
export interface GateResult {
  name: string;
  ok: boolean;
  /** One line of what was checked, with counts, printed whether or not it passed. */
  summary: string;
  /** Each failure on its own line: what, where, and what to do. */
  failures: string[];
}
