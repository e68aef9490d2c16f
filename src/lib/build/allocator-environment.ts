/**
 * Settings for the native allocator of Rolldown, the bundler inside `astro build`, to pass in the
 * Astro process's environment: the allocator reads them once, as the process starts, so the build
 * wrapper sets them when it starts Astro.
 *
 * Rolldown's allocator (mimalloc) backs its memory with 2 MiB transparent huge pages, and gives
 * freed memory back a second later, and only when one of its threads runs again. Its threads are
 * idle once the bundle is written, so the pages stay resident for the rest of the build, beside the
 * image drawing process and the browser, the build's memory peak. Without huge pages and with no
 * delay, the bundler keeps about what it uses (bench/results.md has the figures).
 */
export const ALLOCATOR_SETTINGS: Readonly<Record<string, string>> = {
  MIMALLOC_ALLOW_THP: '0',
  MIMALLOC_PURGE_DELAY: '0',
};

/** The settings to add to the Astro process's environment; one the person set in `environment` is kept as set. */
export function allocatorEnvironment(environment: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(ALLOCATOR_SETTINGS).filter(([name]) => environment[name] === undefined));
}
