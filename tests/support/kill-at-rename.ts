import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

/**
 * Loaded into `scripts/build.ts` with `--import` (tests/build/fault-injection.test.ts): kills the
 * process with SIGKILL, as `kill -9` or a power cut would, just before its Nth rename of anything
 * under `CAIRN_KILL_UNDER` (`CAIRN_KILL_AT_RENAME=N`). The swap of a finished build into place is
 * a few renames, over in microseconds; this stops the build between any two of them, every time.
 */
const under = path.resolve(process.env['CAIRN_KILL_UNDER'] ?? '/nonexistent');
const at = Number(process.env['CAIRN_KILL_AT_RENAME'] ?? '0');
const inside = (file: fs.PathLike) => path.resolve(String(file)).startsWith(under + path.sep);

let seen = 0;
const rename = fs.renameSync;
fs.renameSync = function (from: fs.PathLike, to: fs.PathLike) {
  if (inside(from) || inside(to)) {
    seen++;
    if (seen === at) process.kill(process.pid, 'SIGKILL');
  }
  return rename(from, to);
};
syncBuiltinESMExports();
