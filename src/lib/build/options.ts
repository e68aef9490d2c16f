import path from 'node:path';
import { z } from 'astro/zod';
import { isSiteAddress } from '../../schemas/common.ts';

/**
 * Everything a build or a command can be told, in one schema: `cairn({...})` in astro.config.mjs
 * takes these, and each has an environment variable that overrides it for one run (a test, a
 * deploy job, a benchmark) without editing the file. Modules below the integration never read the
 * environment; they receive what is resolved here.
 */
export const CairnOptionsSchema = z.object({
  /** The content folder, relative to the project. Default `content`. Example: `../my-career/content`. */
  contentDir: z.string().min(1).default('content'),
  /** Where direct-send copies (resumes and letters with resume-only details) go. Default: `out` beside the build folder, never inside it. */
  outDir: z.string().min(1).optional(),
  /** The address the site is published at. Default: the profile's `site`, else `https://example.com`. Example: `https://you.github.io/portfolio/`. */
  site: z.string().refine(isSiteAddress, 'must be a whole web address starting with https://, such as https://you.github.io/portfolio/').optional(),
  /** The path the site lives under. Default: the path of `site`. Example: `/portfolio/`. */
  base: z.string().optional(),
  /** The Chrome or Chromium that prints PDFs. Default: the first one found in the usual install places. */
  chromePath: z.string().min(1).optional(),
  /** The image cache. Default `node_modules/.cache/cairn-images`. */
  imageCache: z.string().min(1).optional(),
  /** The PDF cache (resumes and letters). Default `node_modules/.cache/cairn-resumes`. */
  pdfCache: z.string().min(1).optional(),
  /** The privacy guard's cache of PDF text. Default `node_modules/.cache/cairn-pdf-text`. */
  pdfTextCache: z.string().min(1).optional(),
  /** Astro's cache: its content store and the pages an unchanged rebuild copies instead of rendering. Default `node_modules/.astro`. */
  astroCache: z.string().min(1).optional(),
  /** The folder of the last build's site, which this build's replaces: its unchanged images are linked, not written again (`npm run build` sets it). Default: none. */
  previousSite: z.string().min(1).optional(),
  /** A file each build stage appends its time to, one JSON line a stage (`npm run bench`). Default: none. */
  timingsFile: z.string().min(1).optional(),
  /** Seconds since 1970 that pin the build's date, so two builds of the same content are byte-identical. Default: now. */
  sourceDateEpoch: z.string().optional(),
  /** Builds pages one at a time, so Astro's line for each page stays whole (`npm run build -- --verbose` sets it). Default: off, eight pages at a time. */
  verbose: z.union([z.boolean(), z.stringbool()], { error: 'must be true or false (in the environment: 1 or 0)' }).default(false),
  /** `YYYY-MM-DD` that pins "today" for the career commands (log, review, touch). Default: today in the local time zone. */
  today: z.string().optional(),
});

export type CairnOptionsInput = z.input<typeof CairnOptionsSchema>;

/** The environment variable that overrides each option. */
export const ENVIRONMENT_VARIABLES = {
  CAIRN_CONTENT_DIR: 'contentDir',
  CAIRN_OUT_DIR: 'outDir',
  SITE_URL: 'site',
  BASE_PATH: 'base',
  CHROME_PATH: 'chromePath',
  CAIRN_IMAGE_CACHE: 'imageCache',
  CAIRN_PDF_CACHE: 'pdfCache',
  CAIRN_PDF_TEXT_CACHE: 'pdfTextCache',
  CAIRN_ASTRO_CACHE: 'astroCache',
  CAIRN_PREVIOUS_SITE: 'previousSite',
  CAIRN_TIMINGS: 'timingsFile',
  SOURCE_DATE_EPOCH: 'sourceDateEpoch',
  CAIRN_TODAY: 'today',
  CAIRN_VERBOSE: 'verbose',
} as const satisfies Record<string, keyof CairnOptionsInput>;

/** The environment variable that overrides an option, if one does: `imageCache` → `CAIRN_IMAGE_CACHE`. */
export function environmentVariableOf(option: string): string | undefined {
  return Object.entries(ENVIRONMENT_VARIABLES).find(([, name]) => name === option)?.[0];
}

/** The options with every folder made absolute and every default filled in. */
export interface CairnOptions {
  /** The project folder every relative path is resolved from. */
  root: string;
  contentDir: string;
  outDir: string | undefined;
  site: string | undefined;
  base: string | undefined;
  chromePath: string | undefined;
  imageCache: string;
  pdfCache: string;
  pdfTextCache: string;
  astroCache: string;
  previousSite: string | undefined;
  timingsFile: string | undefined;
  sourceDateEpoch: string | undefined;
  today: string | undefined;
  verbose: boolean;
}

/** One line per option that could not be used: which option, from where, what was received, why. */
export class OptionsError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Cairn's options are not valid:\n${problems.map((line) => `  ${line}`).join('\n')}`);
    this.name = 'OptionsError';
    this.problems = problems;
  }
}

/** The options the environment sets; an empty variable counts as unset. */
export function optionsFromEnvironment(environment: Readonly<Record<string, string | undefined>>): Partial<CairnOptionsInput> {
  const options: Record<string, string> = {};
  for (const [variable, option] of Object.entries(ENVIRONMENT_VARIABLES)) {
    const value = environment[variable];
    if (value !== undefined && value !== '') options[option] = value;
  }
  return options;
}

/**
 * The options of one run: those given in astro.config.mjs, overridden by the environment, then by
 * a command's flags; checked, with folders resolved against `root`. Every problem is reported at once.
 */
export function resolveOptions(given: unknown, environment: Readonly<Record<string, string | undefined>>, root: string, flags: Partial<CairnOptionsInput> = {}): CairnOptions {
  const fromEnvironment = optionsFromEnvironment(environment);
  const fromFlags = Object.fromEntries(Object.entries(flags).filter(([, value]) => value !== undefined));
  const merged = { ...(given && typeof given === 'object' ? given : {}), ...fromEnvironment, ...fromFlags };
  const result = CairnOptionsSchema.safeParse(merged);
  if (!result.success) {
    throw new OptionsError(
      result.error.issues.map((issue) => {
        const option = String(issue.path[0] ?? '');
        const variable = environmentVariableOf(option);
        const source = option in fromFlags ? `the command's flag for ${option}` : variable && option in fromEnvironment ? `${variable} (option ${option})` : `option ${option}`;
        const received = option ? (merged as Record<string, unknown>)[option] : merged;
        return `${source}: ${issue.message}; received ${JSON.stringify(received)}`;
      }),
    );
  }
  const options = result.data;
  const absolute = (folder: string) => path.resolve(root, folder);
  const cacheFolder = (name: string) => path.join(root, 'node_modules', '.cache', name);
  return {
    root,
    contentDir: absolute(options.contentDir),
    outDir: options.outDir === undefined ? undefined : absolute(options.outDir),
    site: options.site,
    base: options.base,
    chromePath: options.chromePath,
    imageCache: options.imageCache === undefined ? cacheFolder('cairn-images') : absolute(options.imageCache),
    pdfCache: options.pdfCache === undefined ? cacheFolder('cairn-resumes') : absolute(options.pdfCache),
    pdfTextCache: options.pdfTextCache === undefined ? cacheFolder('cairn-pdf-text') : absolute(options.pdfTextCache),
    astroCache: options.astroCache === undefined ? path.join(root, 'node_modules', '.astro') : absolute(options.astroCache),
    previousSite: options.previousSite === undefined ? undefined : absolute(options.previousSite),
    timingsFile: options.timingsFile === undefined ? undefined : absolute(options.timingsFile),
    sourceDateEpoch: options.sourceDateEpoch,
    today: options.today,
    verbose: options.verbose,
  };
}

/** Where parsed frontmatter is kept between reads of the content: in Astro's cache folder, so clearing that clears it too. */
export const parsedFileCacheOf = (options: Pick<CairnOptions, 'astroCache'>) => path.join(options.astroCache, 'cairn-parsed-files.bin');
