import os from 'node:os';
import path from 'node:path';

/**
 * Node's compile cache for the Astro process and the processes it starts (image drawing, the
 * guard's PDF reader), passed in its environment: V8 keeps the code it compiled for each module,
 * TypeScript already stripped, so a rebuild compiles neither Astro and Vite nor Cairn again.
 * The folder is the one `module.enableCompileCache()` picks. A folder the person chose, or
 * NODE_DISABLE_COMPILE_CACHE, is left as it is; an entry that fails Node's check is compiled anew.
 */
export function compileCacheEnvironment(environment: Readonly<Record<string, string | undefined>>, temporaryFolder = os.tmpdir()): Record<string, string> {
  if (environment['NODE_COMPILE_CACHE'] !== undefined || environment['NODE_DISABLE_COMPILE_CACHE'] !== undefined) return {};
  return { NODE_COMPILE_CACHE: path.join(temporaryFolder, 'node-compile-cache') };
}
