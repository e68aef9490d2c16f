import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { measureCommand, type Measurement } from './measure.ts';

/**
 * The peer `npm run bench -- --peer astro-paper` builds: AstroPaper, the Astro blog theme with a
 * drawn Open Graph image per post (satori, then resvg to PNG). The npm package `astro-paper` is a
 * copy of satnaing/astro-paper's v2.2.0 template (its README and sources are that release's), so it
 * is installed from the registry, pinned, into a scratch folder, and fed the benchmark's accomplishments
 * as posts. Three changes, none to what it draws: its fonts come from @fontsource/ibm-plex-mono
 * (the same IBM Plex Mono it downloads from 1001fonts.com at build time; the bench has no internet),
 * the sitemap package is held at the 7.x of the release's time, and only `astro build` runs (not
 * the jampack pass after it).
 */
export const ASTRO_PAPER_VERSION = '2.2.0';
const FONT_PACKAGE = '@fontsource/ibm-plex-mono@5.3.0';
/** The release has no lockfile; sitemap 8 refuses the absolute folder @astrojs/sitemap 1 gives it, so the 7 of its time is pinned. */
const SITEMAP_PACKAGE = 'sitemap@7.1.2';

function run(command: string, args: readonly string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`bench: ${command} ${args.join(' ')} failed in ${cwd}:\n${`${result.stdout}\n${result.stderr}`.slice(-3000)}`);
}

/** The font loading AstroPaper 2.2.0 ships: two downloads at build time. */
const FETCHED_FONTS = /const fetchFonts = async \(\) => \{[\s\S]*?\n\};\n/;
const LOCAL_FONTS = `import { readFile } from "node:fs/promises";
const fetchFonts = async () => {
  const files = "./node_modules/@fontsource/ibm-plex-mono/files/";
  const fontRegular = await readFile(files + "ibm-plex-mono-latin-400-normal.woff");
  const fontBold = await readFile(files + "ibm-plex-mono-latin-700-normal.woff");
  return { fontRegular, fontBold };
};
`;

/** AstroPaper unpacked into `folder`, its dependencies installed (once: a later run reuses them); returns the project's folder. */
export async function prepareAstroPaper(folder: string): Promise<string> {
  const project = path.join(folder, 'package');
  const tarball = path.join(folder, `astro-paper-${ASTRO_PAPER_VERSION}.tgz`);
  mkdirSync(folder, { recursive: true });
  if (!existsSync(tarball)) run('npm', ['pack', `astro-paper@${ASTRO_PAPER_VERSION}`, '--pack-destination', folder, '--silent'], folder);
  // Unpacked afresh each time, so the sources are the release's before the change below.
  run('tar', ['-xzf', tarball], folder);
  const version = (JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8')) as { version: string }).version;
  if (version !== ASTRO_PAPER_VERSION) throw new Error(`bench: npm gave astro-paper ${version}, not the pinned ${ASTRO_PAPER_VERSION}`);
  if (!existsSync(path.join(project, 'node_modules', '.bin', 'astro'))) {
    // Its lifecycle scripts set up git hooks (husky), which a scratch folder has no use for.
    run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund'], project);
    run('npm', ['install', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', FONT_PACKAGE, SITEMAP_PACKAGE], project);
  }
  const ogImage = path.join(project, 'src', 'utils', 'generateOgImage.tsx');
  const source = readFileSync(ogImage, 'utf8');
  if (!FETCHED_FONTS.test(source)) throw new Error(`bench: ${ogImage} no longer loads its fonts as AstroPaper ${ASTRO_PAPER_VERSION} does`);
  writeFileSync(ogImage, source.replace(FETCHED_FONTS, LOCAL_FONTS));
  return project;
}

/** One accomplishment as an AstroPaper post: its title, date, tags, bullet (as the description) and body. */
export function accomplishmentAsPost(text: string): string {
  const { data, content } = matter(text);
  const frontmatter = {
    title: String(data['title']),
    pubDatetime: new Date(`${String(data['date'])}T00:00:00Z`),
    tags: Array.isArray(data['tags']) && data['tags'].length > 0 ? data['tags'].map(String) : ['others'],
    description: String(data['bullet'] ?? data['title']),
  };
  return matter.stringify(content, frontmatter);
}

/** Replaces AstroPaper's own posts with the accomplishments of `contentDir`. */
export function writeAstroPaperPosts(project: string, contentDir: string): void {
  const blog = path.join(project, 'src', 'content', 'blog');
  rmSync(blog, { recursive: true, force: true });
  mkdirSync(blog, { recursive: true });
  const folder = path.join(contentDir, 'accomplishments');
  for (const name of readdirSync(folder).filter((file) => /^[^.]+\.mdx$/.test(file))) {
    writeFileSync(path.join(blog, name.replace(/\.mdx$/, '.md')), accomplishmentAsPost(readFileSync(path.join(folder, name), 'utf8')));
  }
}

/** A cold `astro build` of the AstroPaper project (no dist/, no .astro/ left from the last one); `environment` is the caller's, for the build to find Node. */
export async function buildAstroPaper(project: string, environment: NodeJS.ProcessEnv): Promise<Measurement> {
  for (const folder of ['dist', '.astro', path.join('node_modules', '.astro')]) rmSync(path.join(project, folder), { recursive: true, force: true });
  const result = await measureCommand(path.join(project, 'node_modules', '.bin', 'astro'), ['build'], { cwd: project, env: { ...environment, NODE_ENV: 'production' } });
  if (result.status !== 0) throw new Error(`bench: the AstroPaper build failed:\n${result.output.slice(-4000)}`);
  return result;
}
