import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The base path a built site was made for, read from its home page's canonical address
 * (`https://you.github.io/career/` → `/career/`); `/` when the home page names none.
 */
export function builtBasePath(folder: string): string {
  const home = path.join(folder, 'index.html');
  if (!existsSync(home)) return '/';
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(home, 'utf8'))?.[1];
  if (!canonical) return '/';
  try {
    const pathname = new URL(canonical).pathname;
    return pathname.endsWith('/') ? pathname : `${pathname}/`;
  } catch {
    return '/';
  }
}
