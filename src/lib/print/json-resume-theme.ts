import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PaperSize } from '../../schemas/resume.ts';
import { userFacingError } from '../build/user-facing-error.ts';
import type { JsonResumeDocument } from '../render/resume/json-resume-export.ts';

/**
 * A JSON Resume theme (an npm package `jsonresume-theme-<name>` with a `render(resume)` that
 * returns a whole HTML page), for a variant with `design: jsonresume:<name>`. Cairn prints its
 * page with the same Chromium into out/ only: such pages load their own scripts, styles and web
 * fonts, which the website's Content-Security-Policy rightly refuses, so the website keeps
 * Cairn's own rendering.
 */
export interface JsonResumeTheme {
  name: string;
  /** The package's version, so a cached PDF is printed again after the theme is updated. */
  version: string;
  render(resume: JsonResumeDocument): Promise<string>;
}

const loaded = new Map<string, Promise<JsonResumeTheme>>();

/** Loads `jsonresume-theme-<name>` as the project installed it; one line saying how to install it when it is not. */
export function loadJsonResumeTheme(name: string, projectRoot: string, file: string): Promise<JsonResumeTheme> {
  const key = `${projectRoot}\u0000${name}`;
  const known = loaded.get(key);
  if (known) return known;
  const loading = (async (): Promise<JsonResumeTheme> => {
    const pkg = `jsonresume-theme-${name}`;
    const missing = userFacingError(
      `${file}: design is "jsonresume:${name}", but the npm package ${pkg} is not installed.`,
      `Install it with npm install --save-dev ${pkg}, or choose one of Cairn's designs: branded, plain, classic, sidebar, compact.`,
    );
    const manifest = path.join(projectRoot, 'node_modules', pkg, 'package.json');
    if (!existsSync(manifest)) throw missing;
    // Imported as Node finds it from here, with the "import" conditions most themes need (their dependencies are often ESM only).
    let module: { render?: unknown; default?: { render?: unknown } };
    try {
      module = (await import(/* @vite-ignore */ pkg)) as typeof module;
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(pkg)) throw missing;
      throw error;
    }
    const render = typeof module.render === 'function' ? module.render : module.default?.render;
    if (typeof render !== 'function') throw userFacingError(`${file}: design is "jsonresume:${name}", but ${pkg} has no render(resume) function, so it is not a JSON Resume theme.`, "Choose another theme, or one of Cairn's designs: branded, plain, classic, sidebar, compact.");
    const version = String((JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version ?? '');
    return { name, version, render: async (resume: JsonResumeDocument) => String(await (render as (resume: unknown) => unknown)(resume)) };
  })();
  loaded.set(key, loading);
  loading.catch(() => loaded.delete(key));
  return loading;
}

/** The theme's page on the variant's paper: themes leave the page size to the printer, Cairn prints on the variant's. */
export function themedPage(html: string, paper: PaperSize): string {
  const page = `<style>@page { size: ${paper === 'a4' ? 'A4' : 'letter'}; }</style>`;
  return /<\/head>/i.test(html) ? html.replace(/<\/head>/i, `${page}</head>`) : `${page}${html}`;
}
