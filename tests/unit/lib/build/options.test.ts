import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENVIRONMENT_VARIABLES, OptionsError, resolveOptions } from '../../../../src/lib/build/options.ts';

const ROOT = '/projects/ada';

describe('resolveOptions', () => {
  it('fills every default, with folders made absolute against the project', () => {
    expect(resolveOptions({}, {}, ROOT)).toEqual({
      root: ROOT,
      contentDir: path.join(ROOT, 'content'),
      outDir: undefined,
      site: undefined,
      base: undefined,
      chromePath: undefined,
      imageCache: path.join(ROOT, 'node_modules/.cache/cairn-images'),
      pdfCache: path.join(ROOT, 'node_modules/.cache/cairn-resumes'),
      pdfTextCache: path.join(ROOT, 'node_modules/.cache/cairn-pdf-text'),
      astroCache: path.join(ROOT, 'node_modules/.astro'),
      timingsFile: undefined,
      sourceDateEpoch: undefined,
      today: undefined,
      verbose: false,
    });
  });

  it('lets the environment override astro.config.mjs, and a command’s flags override both', () => {
    const given = { contentDir: '../career/content', site: 'https://ada.example/' };
    const environment = { CAIRN_CONTENT_DIR: 'elsewhere', SITE_URL: 'https://preview.example/' };
    expect(resolveOptions(given, {}, ROOT)).toMatchObject({ contentDir: '/projects/career/content', site: 'https://ada.example/' });
    expect(resolveOptions(given, environment, ROOT)).toMatchObject({ contentDir: path.join(ROOT, 'elsewhere'), site: 'https://preview.example/' });
    expect(resolveOptions(given, environment, ROOT, { contentDir: '/tmp/flag' })).toMatchObject({ contentDir: '/tmp/flag', site: 'https://preview.example/' });
  });

  it('maps every environment variable onto an option, and treats an empty one as unset', () => {
    const environment = Object.fromEntries(Object.keys(ENVIRONMENT_VARIABLES).map((variable) => [variable, `/from/${variable}`]));
    const options = resolveOptions({}, { ...environment, SITE_URL: 'https://ada.example/', CAIRN_VERBOSE: '1' }, ROOT);
    const expected: Record<string, unknown> = { SITE_URL: 'https://ada.example/', CAIRN_VERBOSE: true };
    for (const [variable, option] of Object.entries(ENVIRONMENT_VARIABLES)) {
      expect(options[option], variable).toBe(variable in expected ? expected[variable] : `/from/${variable}`);
    }
    expect(resolveOptions({}, { CAIRN_CONTENT_DIR: '', CHROME_PATH: '' }, ROOT)).toMatchObject({ contentDir: path.join(ROOT, 'content'), chromePath: undefined });
  });

  it('reads verbose as a switch: true or false in astro.config.mjs, 1 or 0 (or true, false) in the environment', () => {
    expect(resolveOptions({ verbose: true }, {}, ROOT).verbose).toBe(true);
    expect(resolveOptions({ verbose: true }, { CAIRN_VERBOSE: '0' }, ROOT).verbose).toBe(false);
    expect(resolveOptions({}, { CAIRN_VERBOSE: 'true' }, ROOT).verbose).toBe(true);
    expect(() => resolveOptions({}, { CAIRN_VERBOSE: 'loud' }, ROOT)).toThrow(/CAIRN_VERBOSE \(option verbose\): must be true or false \(in the environment: 1 or 0\); received "loud"/);
  });

  it('names every unusable option at once, where it came from and what it received', () => {
    const error = (() => {
      try {
        resolveOptions({ contentDir: '', pdfCache: 7 }, { SITE_URL: 'ada.example' }, ROOT);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })() as OptionsError;
    expect(error).toBeInstanceOf(OptionsError);
    expect(error.problems).toEqual([
      expect.stringMatching(/^option contentDir: .*; received ""$/),
      expect.stringMatching(/^SITE_URL \(option site\): must be a whole web address starting with https:\/\/, such as https:\/\/you\.github\.io\/portfolio\/; received "ada\.example"$/),
      expect.stringMatching(/^option pdfCache: .*; received 7$/),
    ]);
  });

  it('refuses a site address a website cannot be published at, such as a mail address', () => {
    expect(() => resolveOptions({}, { SITE_URL: 'mailto:ada@ada.example' }, ROOT)).toThrow(/SITE_URL \(option site\): must be a whole web address starting with https:\/\//);
    expect(resolveOptions({}, { SITE_URL: 'https://ada.example/portfolio/' }, ROOT).site).toBe('https://ada.example/portfolio/');
  });
});
