// @ts-check
import { cairn } from './src/integrations/cairn.ts';

/**
 * The whole build is one integration: content check → pages → resumes → letters → images →
 * privacy guard (src/integrations/cairn.ts). Every option below can also be set for one run by an
 * environment variable (docs/configuration.md); those win over what is written here.
 *
 * The config is a plain object rather than `defineConfig(...)`: the commands (`npm run check`,
 * `log`, …) read Cairn's options from this file, and importing `astro/config` would add half a
 * second to each of them.
 *
 * @type {import('astro').AstroUserConfig}
 */
export default {
  integrations: [
    cairn({
      contentDir: 'content',
    }),
  ],
};
