/**
 * The size of V8's young generation for the Astro process, given as a flag when the build wrapper
 * starts it. A build makes hundreds of megabytes of short-lived objects (the content, the bundle,
 * the pages); with Node's default semi-spaces more of them outlive a collection and are copied
 * into the old generation, which grows to hold them until a full collection. With 32 MiB a cold
 * build peaks lower (by 80 MiB at a thousand accomplishments, 40 MiB at five thousand) and takes
 * the same time at a thousand, less at five thousand (bench/results.md); 64 MiB used more memory,
 * 16 MiB more time.
 */
export const SEMI_SPACE_MIB = 32;

/** The flags for Astro's `node`: none when NODE_OPTIONS already sizes the semi-spaces, as the person chose. */
export function youngGenerationFlags(nodeOptions: string | undefined): string[] {
  return /--max[-_]semi[-_]space[-_]size\b/.test(nodeOptions ?? '') ? [] : [`--max-semi-space-size=${SEMI_SPACE_MIB}`];
}
