import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import path from 'node:path';
import { renderPlainMdxAsMarkdown } from './lib/content/plain-mdx.ts';
import { TRANSLATION_FILE_GLOB, hasTranslationFiles } from './lib/content/translation-files.ts';
import { CONTENT_TYPES, type CollectionName } from './schemas/index.ts';

const contentDir = process.env['CAIRN_CONTENT_DIR'] ?? './content';

/** Ids are file names without their extension, exactly as the CLIs and `npm run check` see them. */
const idFromFileName = ({ entry }: { entry: string }) => path.basename(entry).replace(/\.mdx?$/, '');

/** The glob loader's words for a folder that is missing or holds nothing yet. */
const EMPTY_FOLDER_WARNING = /^(No files found matching|The base directory ".*" does not exist)/;

/**
 * No pitches or no learning yet is normal, not a mistake: the glob loader's warning for an empty or
 * missing folder is left out (a new site would print one per collection on every build). Every
 * other message passes, and the loader still watches the folder, so a first file added while
 * `npm run dev` runs appears.
 */
function quietWhenEmpty(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const logger = Object.create(context.logger) as typeof context.logger;
      logger.warn = (message: string) => {
        if (!EMPTY_FOLDER_WARNING.test(message)) context.logger.warn(message);
      };
      return loader.load({ ...context, logger });
    },
  };
}

function loaderFor(name: CollectionName) {
  const { folder, pattern } = CONTENT_TYPES[name];
  // `<id>.<lang>.mdx` files are translated bodies of an entry, not entries: they load as `translations`.
  return quietWhenEmpty(renderPlainMdxAsMarkdown(glob({ pattern: [pattern, `!${TRANSLATION_FILE_GLOB}`], base: path.join(contentDir, folder), generateId: idFromFileName })));
}

/** Translated bodies, with ids such as `accomplishments/2024-03-01-x.de` and `profile.de`; `npm run check` checks them. */
const translationFiles = renderPlainMdxAsMarkdown(glob({ pattern: [TRANSLATION_FILE_GLOB, `*/${TRANSLATION_FILE_GLOB}`], base: contentDir, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }));
const translations = defineCollection({
  // Only when there are any: the glob loader warns about an empty match, and most sites publish in one language.
  loader: { name: 'cairn-translations', load: async (context) => (hasTranslationFiles(contentDir) ? translationFiles.load(context) : context.store.clear()) },
  schema: z.object({}),
});

export const collections = {
  profile: defineCollection({ loader: loaderFor('profile'), schema: CONTENT_TYPES.profile.schema }),
  roles: defineCollection({ loader: loaderFor('roles'), schema: CONTENT_TYPES.roles.schema }),
  accomplishments: defineCollection({ loader: loaderFor('accomplishments'), schema: CONTENT_TYPES.accomplishments.schema }),
  skills: defineCollection({ loader: loaderFor('skills'), schema: CONTENT_TYPES.skills.schema }),
  education: defineCollection({ loader: loaderFor('education'), schema: CONTENT_TYPES.education.schema }),
  learning: defineCollection({ loader: loaderFor('learning'), schema: CONTENT_TYPES.learning.schema }),
  resumes: defineCollection({ loader: loaderFor('resumes'), schema: CONTENT_TYPES.resumes.schema }),
  pitches: defineCollection({ loader: loaderFor('pitches'), schema: CONTENT_TYPES.pitches.schema }),
  goals: defineCollection({ loader: loaderFor('goals'), schema: CONTENT_TYPES.goals.schema }),
  translations,
};
