// The benchmark's baseline: a bare Astro 7 + MDX site building the same accomplishment files as
// plain pages, with a minimal layout. Cairn's build is measured against this one.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://bench.example',
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
