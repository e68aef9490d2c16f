import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A digest of the privacy guard's own code (this folder and the PNG text reader it uses) and Node's
 * version: what the guard remembers between builds is only trusted from the same code, so a change
 * to either reads everything afresh.
 */
export const PRIVACY_CODE = (() => {
  const hash = createHash('sha256').update(`cairn-privacy-code 1 ${process.version}\0`);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const sources = [...readdirSync(here).sort().map((name) => path.join(here, name)), path.join(here, '../render/cards/png-text.ts')];
  for (const file of sources) if (existsSync(file)) hash.update(`${path.basename(file)}\0`).update(readFileSync(file));
  return hash.digest('hex');
})();
