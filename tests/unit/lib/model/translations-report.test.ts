import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../src/lib/content/load-content.ts';
import { collectSecrets } from '../../../../src/lib/privacy/secrets.ts';
import { formatProblem } from '../../../../src/lib/content/problems.ts';
import { fallbackSummary, formatMissingTranslation, missingMessageTables, missingTranslations } from '../../../../src/lib/model/translations-report.ts';
import { mdx, minimalContent, withoutFolder, writeContentFolder } from '../../../support/content-fixture.ts';

/** The minimal person, publishing in English and German, with a translated profile and one translated accomplishment. */
function twoLanguages(extra: Record<string, string> = {}): string {
  const base = minimalContent();
  return writeContentFolder({
    ...base,
    'profile.mdx': base['profile.mdx']!.replace('headline: Platform engineer', 'headline: { en: Platform engineer, de: Plattform-Ingenieurin }\nlanguages: [en, de]'),
    'profile.de.mdx': 'Ich baue Plattformen.\n',
    'accomplishments/2021-05-04-latency.mdx': base['accomplishments/2021-05-04-latency.mdx']!.replace('title: Cut checkout latency', 'title:\n  en: Cut checkout latency\n  de: Checkout-Latenz gesenkt'),
    'accomplishments/2021-05-04-latency.de.mdx': '## Ausgangslage\n\nDer Checkout war zu Spitzenzeiten langsam.\n',
    ...extra,
  });
}

function twoLanguagesProfile(): string {
  return minimalContent()['profile.mdx']!.replace('headline: Platform engineer', 'headline: { en: Platform engineer, de: Plattform-Ingenieurin }\nlanguages: [en, de]');
}

describe('translated content on disk', () => {
  it('reads <id>.<lang>.mdx as the body of its entry, not as an entry', () => {
    const folder = twoLanguages();
    const { content, problems } = loadContent(folder);
    expect(problems).toEqual([]);
    expect(content.accomplishments.map((entry) => entry.id).sort()).toEqual(['2018-03-02-billing', '2021-05-04-latency', '2022-07-01-secret-reorg']);
    const latency = content.accomplishments.find((entry) => entry.id === '2021-05-04-latency')!;
    expect(latency.bodies['de']).toContain('Ausgangslage');
    expect(latency.data.title).toBe('Cut checkout latency');
    expect(content.profile[0]!.bodies['de']).toBe('Ich baue Plattformen.\n');
  });

  it('names text in an unpublished language, a translation of nothing and frontmatter in a translation', () => {
    const folder = twoLanguages({
      'roles/acme.mdx': mdx('organisation: Acme Corp\ntitle: { en: Senior Engineer, ge: Leitender Ingenieur }\nstart: "2020-01"\nsummary: Led the platform team.'),
      'accomplishments/2021-05-04-latncy.de.mdx': 'Nichts.\n',
      'accomplishments/2018-03-02-billing.fr.mdx': 'Rien.\n',
      'accomplishments/2018-03-02-billing.de.mdx': mdx('title: Abrechnung'),
    });
    const lines = withoutFolder(folder, loadContent(folder).problems.map(formatProblem));
    expect(lines).toEqual([
      'accomplishments/2018-03-02-billing.de.mdx:2  title  is frontmatter in a translation file, which holds only the translated body  (give translated fields in 2018-03-02-billing.mdx per language, e.g. title: { en: "…", de: "…" }, and remove the frontmatter here)',
      'accomplishments/2018-03-02-billing.fr.mdx  (file)  is a translation into "fr", a language the profile does not publish  (delete this file if you do not publish French; to publish it, add "fr" to languages in ' + `${folder}/profile.mdx. Published: en (English), de (German))`,
      'accomplishments/2021-05-04-latncy.de.mdx  (file)  translates 2021-05-04-latncy.mdx, which is not here (or has problems of its own)  (did you mean 2021-05-04-latency.de.mdx?)',
      'roles/acme.mdx:3  title.ge  is text in "ge", a language the profile does not publish; received "Leitender Ingenieur"  (did you mean de? Published: en (English), de (German))',
    ].map((line) => line.split(`${folder}/`).join('')));
  });

  it("names only the profile's own problem when the profile cannot be read, not every text in another language", () => {
    const folder = twoLanguages({ 'profile.mdx': twoLanguagesProfile().replace('site: https://ada.example', 'site: mailto:ada@ada.example') });
    const lines = withoutFolder(folder, loadContent(folder).problems.map(formatProblem));
    expect(lines.filter((line) => line.includes('does not publish'))).toEqual([]);
    expect(lines).toContainEqual(expect.stringMatching(/^profile\.mdx:\d+  site  must be the web address the site is published at/));
  });

  it('names an MDX mistake in a translated body with its line, as it does in an entry', () => {
    const folder = twoLanguages({ 'accomplishments/2018-03-02-billing.de.mdx': 'Die Abrechnung lief schneller.\n\n<Aside>nicht geschlossen\n' });
    const problems = loadContent(folder).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'body', message: expect.stringContaining('the text is not valid MDX') });
    expect(problems[0]!.file).toMatch(/2018-03-02-billing\.de\.mdx$/);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('lists what has no text in each other language, and sums it up for the build', () => {
    const folder = twoLanguages();
    const { content } = loadContent(folder);
    const missing = missingTranslations(content);
    const latency = missing.find((item) => item.file.endsWith('2021-05-04-latency.mdx'))!;
    expect(latency.fields).toEqual(['bullet', 'impact.0.label']);
    expect(missing.some((item) => item.file.endsWith('profile.mdx') && item.fields.includes('valueProposition') && !item.fields.includes('body'))).toBe(true);
    // Private entries are never published, so they need no translation.
    expect(missing.some((item) => item.file.endsWith('secret-reorg.mdx'))).toBe(false);
    expect(withoutFolder(folder, [formatMissingTranslation(latency, 'en')])).toEqual(['accomplishments/2021-05-04-latency.mdx  bullet, impact.0.label  have no "de" text: the German pages show the English text']);
    const fields = missing.reduce((sum, item) => sum + item.fields.length, 0);
    expect(fallbackSummary(missing, 'en')).toEqual([`de: ${fields} fields in ${missing.length} files fall back to en (shown in English); run npm run check for the list`]);
  });

  it('reports nothing for a site in one language', () => {
    const { content } = loadContent(writeContentFolder(minimalContent()));
    expect(missingTranslations(content)).toEqual([]);
  });

  it('keeps every language of a private entry secret, translated bodies included', () => {
    const folder = twoLanguages({
      'accomplishments/2022-07-01-secret-reorg.mdx': mdx('title:\n  en: Planned the confidential Falcon reorganisation\n  de: Vertrauliche Falcon-Umstrukturierung geplant\ndate: "2022-07-01"\nrole: acme\nbullet: Drafted the confidential Falcon plan.\nvisibility: private'),
      'accomplishments/2022-07-01-secret-reorg.de.mdx': 'Der Falcon-Plan verlegte drei Teams unter eine Direktorin.\n',
    });
    const secrets = collectSecrets(loadContent(folder).content);
    expect(secrets.find((secret) => secret.value === 'Vertrauliche Falcon-Umstrukturierung geplant')).toMatchObject({ field: 'title.de' });
    expect(secrets.find((secret) => secret.value.startsWith('Der Falcon-Plan'))?.source).toMatch(/2022-07-01-secret-reorg\.de\.mdx$/);
  });

  it('warns once about a published language Cairn has no labels for', () => {
    expect(missingMessageTables(['en', 'de', 'ar'])).toEqual([]);
    expect(missingMessageTables(['en', 'fi'])).toEqual(['fi: Cairn has no headings and labels in Finnish yet, so its pages and resumes print them in English (add a table in src/lib/model/i18n/tables/ and list it in messages.ts)']);
  });
});
