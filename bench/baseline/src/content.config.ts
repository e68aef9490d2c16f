import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const contentDir = process.env['BENCH_CONTENT_DIR'] ?? '../../content';

export const collections = {
  accomplishments: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentDir}/accomplishments` }),
    schema: z.object({ title: z.string(), date: z.string(), bullet: z.string() }).passthrough(),
  }),
};
