/**
 * Loaded before a command (`node --import ./scripts/lib/compile-cache.mjs scripts/<command>.ts`, as
 * package.json runs them): Node keeps the code it compiles for each module, TypeScript already
 * stripped, so the next run of any command starts without compiling its modules again. The folder
 * is Node's default in the temporary folder, the one the build gives Astro (src/lib/build/compile-cache.ts);
 * NODE_COMPILE_CACHE moves it and NODE_DISABLE_COMPILE_CACHE switches it off, as Node reads them.
 *
 * JavaScript, not TypeScript: Node would load its TypeScript stripper to read this file, before
 * the cache that spares every other module the stripper is switched on.
 */
import module from 'node:module';

module.enableCompileCache?.();
