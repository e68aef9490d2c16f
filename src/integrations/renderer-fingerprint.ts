import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What, besides an entry's own data, body and path, decides what the content loader stores for it:
 * the installed packages (Astro's Markdown renderer, the MDX compiler) and Cairn's own code (which
 * bodies count as plain Markdown, the renderer's plugins). Astro keeps a stored entry whose digest is
 * unchanged across builds, and its own check covers only its version and content.config.ts's text,
 * so without this an upgrade or a code change would leave every page rendered the old way until
 * the store was cleared by hand (what `astro build --force` used to do on every build).
 */
export function rendererFingerprint(root: string, srcDir: string): string {
  const hash = createHash('sha256');
  const lockfile = path.join(root, 'package-lock.json');
  hash.update(existsSync(lockfile) ? readFileSync(lockfile) : 'no lockfile');
  if (existsSync(srcDir)) {
    const files = readdirSync(srcDir, { recursive: true, withFileTypes: true })
      .filter((item) => item.isFile())
      .map((item) => path.join(item.parentPath, item.name))
      .sort();
    for (const file of files) hash.update(`\0${path.relative(srcDir, file)}\0`).update(readFileSync(file));
  }
  return hash.digest('hex');
}

const fingerprints = new WeakMap<object, string>();

/** The fingerprint for one build (`owner`: its build session), worked out once: every collection asks for it. */
export function rendererFingerprintFor(owner: object, root: string, srcDir: string): string {
  let fingerprint = fingerprints.get(owner);
  if (fingerprint === undefined) {
    fingerprint = rendererFingerprint(root, srcDir);
    fingerprints.set(owner, fingerprint);
  }
  return fingerprint;
}
