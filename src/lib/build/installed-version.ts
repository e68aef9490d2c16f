import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The installed version of a package, read from the package.json above its entry point: some
 * packages (pdfkit, satteri) list `exports` without `./package.json`, so it cannot be required by name.
 */
export function installedVersion(require: NodeJS.Require, name: string): string {
  let folder = path.dirname(require.resolve(name));
  for (;;) {
    const manifest = path.join(folder, 'package.json');
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (parsed.name === name && parsed.version) return parsed.version;
    }
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error(`cannot find the package.json of ${name}`);
    folder = parent;
  }
}
