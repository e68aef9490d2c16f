/**
 * The size of V8's young generation for the Astro process, given as a flag when the build wrapper
 * starts it. A build makes hundreds of megabytes of short-lived objects (the content, the bundle,
 * the pages); with Node's default semi-spaces more of them outlive a collection and are copied
 * into the old generation, which grows to hold them until a full collection. With 32 MiB the
 * Astro process peaks 60–80 MiB lower at a thousand accomplishments, cold or with one changed, in
 * the same time (bench/results.md); 64 MiB used more memory, 16 MiB more time.
 */
export const SEMI_SPACE_MIB = 32;

/** The flags for Astro's `node`: none when NODE_OPTIONS already sizes the semi-spaces, as the person chose. */
export function youngGenerationFlags(nodeOptions: string | undefined): string[] {
  return /--max[-_]semi[-_]space[-_]size\b/.test(nodeOptions ?? '') ? [] : [`--max-semi-space-size=${SEMI_SPACE_MIB}`];
}
