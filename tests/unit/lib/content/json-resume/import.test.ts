import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { skillLevelWords } from '../../../../../src/lib/model/i18n/messages.ts';
import { describe, expect, it } from 'vitest';
import { checkContentRules } from '../../../../../src/lib/content/content-rules.ts';
import { loadContent } from '../../../../../src/lib/content/load-content.ts';
import { parseJsonResume, planImport } from '../../../../../src/lib/content/json-resume/import.ts';
import { resolveOptions } from '../../../../../src/lib/build/options.ts';
import { createBuildContext } from '../../../../../src/lib/model/build-context.ts';
import { toJsonResume } from '../../../../../src/lib/render/resume/json-resume-export.ts';
import { writeContentFolder } from '../../../../support/content-fixture.ts';

const packageFolder = path.dirname(createRequire(import.meta.url).resolve('@jsonresume/schema/package.json'));
const BUNDLED = ['sample.resume.json', 'examples/career-changer.resume.json', 'examples/new-grad.resume.json', 'examples/senior-engineer.resume.json'];

function problemsOf(text: string): string[] {
  const parsed = parseJsonResume(text);
  return parsed.ok ? [] : parsed.problems;
}

describe('parseJsonResume', () => {
  it('says plainly when the file is not JSON', () => {
    const [problem] = problemsOf('{ "basics": { "name": "Ada" ');
    expect(problem).toMatch(/^the file is not JSON: /);
    expect(problem).toMatch(/position \d+|line \d+|end of JSON/);
  });

  it('reads JSON with comments and trailing commas, as an editor keeps it, and says so', () => {
    const parsed = parseJsonResume('{\n  // me\n  "basics": { "name": "Ada", },\n  /* "work": [] */\n}');
    expect(parsed).toMatchObject({ ok: true, document: { basics: { name: 'Ada' } } });
    if (parsed.ok) expect(parsed.changes[0]).toEqual({ field: '(the file)', read: 'JSON with comments or trailing commas', written: 'read without them' });
  });

  it('wants one object, not a list', () => {
    expect(problemsOf('[1, 2]')).toEqual(['the file must hold one JSON object ({ "basics": { "name": … }, "work": [ … ] }), not a list or a single value']);
  });

  it('lists every wrong type and format with where it is and what was there', () => {
    expect(problemsOf(JSON.stringify({ basics: { name: 42, email: 'ada-at-example', url: 'not a web address' }, work: [{ name: 'Acme', startDate: 'spring 2020', endDate: 'later', highlights: 42 }] }))).toEqual([
      'work[0].startDate "spring 2020" is not a date Cairn can read: write it as YYYY-MM (e.g. "2019-04") or YYYY',
      'work[0].endDate "later" is not a date Cairn can read: write it as YYYY-MM (e.g. "2021-06"), or leave endDate out while the job is current',
      'basics.name must be text (in quotes); received 42',
      'basics.url must be a full web address, e.g. https://example.com; received "not a web address"',
      'work[0].highlights must be a list ([ … ]); received 42',
    ]);
  });

  it('needs basics.name, which the schema leaves optional but a resume cannot do without', () => {
    expect(problemsOf(JSON.stringify({ basics: { label: 'Engineer' } }))).toEqual(['basics.name is missing: Cairn needs the name the resume is for, e.g. "name": "Maya Okafor"']);
    expect(problemsOf(JSON.stringify({ work: [] }))).toEqual(['basics is missing: add "basics": { "name": "Your Name" }']);
    expect(problemsOf(JSON.stringify({ basics: { name: '  ' } }))).toEqual(['basics.name is empty: write the name the resume is for']);
  });
});

describe('planImport', () => {
  it.each(BUNDLED)('turns %s into content that passes the check', (file) => {
    const parsed = parseJsonResume(readFileSync(path.join(packageFolder, file), 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const plan = planImport(parsed.document, '2026-11-24');
    const folder = writeContentFolder(Object.fromEntries(plan.files.map((planned) => [planned.path, planned.text])));
    const { content, problems } = loadContent(folder);
    expect([...problems, ...checkContentRules(content)]).toEqual([]);
    expect(content.profile[0]!.data.name).toBe(parsed.document.basics.name);
    const highlights = [...(parsed.document.work ?? []), ...(parsed.document.volunteer ?? [])].flatMap((job) => job.highlights ?? []);
    expect(content.accomplishments).toHaveLength(highlights.length);
    expect(content.resumes.map((entry) => entry.id)).toEqual(['general']);
  });

  it('gives entries named in other scripts ids the schemas accept, spelled in Latin letters', () => {
    const document = {
      basics: { name: 'Ана Лима', label: 'Инженер' },
      skills: [{ name: 'Базы данных', keywords: ['PostgreSQL'] }, { name: '数据库' }, { name: 'Müller-Analyse' }], // a group's keywords are its skills
      work: [{ name: 'Ромашка', position: 'Инженер', startDate: '2020-01', highlights: ['Сократила задержку вдвое.'] }],
    };
    const parsed = parseJsonResume(JSON.stringify(document));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const plan = planImport(parsed.document, '2026-11-24');
    const folder = writeContentFolder(Object.fromEntries(plan.files.map((planned) => [planned.path, planned.text])));
    const { content, problems } = loadContent(folder);
    expect([...problems, ...checkContentRules(content)]).toEqual([]);
    expect(content.skills.map((skill) => skill.id).sort()).toEqual(['muller-analyse', 'postgresql', 'shu-ju-ku']);
    expect(content.roles.map((role) => role.id)).toEqual([expect.stringMatching(/^[a-z0-9-]*romashka[a-z0-9-]*$/)]);
  });

  it('keeps phone and street address resume-level, off the website', () => {
    const parsed = parseJsonResume(readFileSync(path.join(packageFolder, 'sample.resume.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const folder = writeContentFolder(Object.fromEntries(planImport(parsed.document, '2026-11-24').files.map((planned) => [planned.path, planned.text])));
    const contact = loadContent(folder).content.profile[0]!.data.contact;
    expect(contact.phone).toEqual({ value: '(912) 555-4321', visibility: 'resume' });
    expect(contact.address?.visibility).toBe('resume');
    expect(contact.email?.visibility).toBe('public');
  });

  it('dates a past job’s highlights at its end, a current job’s at today, keeps dates at the precision written, and links the skills they name', () => {
    const document = {
      basics: { name: 'Ada Example', label: 'Engineer' },
      skills: [{ name: 'Languages', level: 'Advanced', keywords: ['Go', 'C'] }],
      work: [
        { name: 'Acme', position: 'Engineer', startDate: '2021-03', highlights: ['Rewrote the scheduler in Go.'] },
        { name: 'Initech', position: 'Intern', startDate: '2019', endDate: '2020-06-30', highlights: ['Wrote C bindings.'] },
      ],
    };
    const plan = planImport(document, '2026-11-24');
    const paths = plan.files.map((file) => file.path);
    expect(paths).toContain('accomplishments/2026-11-24-rewrote-the-scheduler-in-go.mdx');
    expect(paths).toContain('accomplishments/2020-06-30-wrote-c-bindings.mdx');
    expect(plan.files.find((file) => file.path.endsWith('rewrote-the-scheduler-in-go.mdx'))!.text).toContain('skills:\n  - go\n');
    expect(plan.files.find((file) => file.path === 'roles/initech-intern.mdx')!.text).toContain('start: "2019-01"\nend: "2020-06-30"\n');
    expect(plan.files.find((file) => file.path === 'skills/go.mdx')!.text).toBe('---\nname: Go\ncategory: Languages\nlevel: advanced\n---\n');
  });

  it('fits the value proposition to the width of a card, counting a Korean or Chinese character as two letters', () => {
    const korean = `${'플랫폼을 안정적으로 운영하는 엔지니어입니다 '.repeat(9)}.`;
    const latin = `${'I keep platforms calm and fast for the teams on them '.repeat(4)}.`.slice(0, 215);
    const valueOf = (summary: string) => /valueProposition: (.*)/.exec(planImport({ basics: { name: 'Ada', summary } }, '2026-11-24').files.find((file) => file.path === 'profile.mdx')!.text)![1]!;
    const width = (text: string) => [...text].reduce((sum, character) => sum + (/[\p{Script=Hangul}\p{Script=Han}]/u.test(character) ? 2 : 1), 0);
    expect(width(valueOf(korean))).toBeLessThanOrEqual(220);
    expect(valueOf(korean).endsWith('…')).toBe(true);
    expect(valueOf(latin)).toBe(latin.trim());
  });

  it('writes no role summary the file does not give, rather than one made up', () => {
    const plan = planImport({ basics: { name: 'Ada' }, work: [{ name: 'Acme', position: 'Engineer', startDate: '2020-01' }, { name: 'Initech', position: 'Intern', startDate: '2018-01', endDate: '2019-01', summary: 'Billing systems.' }] }, '2026-11-24');
    const role = (id: string) => plan.files.find((file) => file.path === `roles/${id}.mdx`)!.text;
    expect(role('acme-engineer')).not.toMatch(/summary:/);
    expect(role('initech-intern')).toMatch(/^summary: Billing systems\.$/m);
  });

  it('keeps a job’s description as what the organisation does, or as the role’s summary when it is a paragraph', () => {
    const paragraph = 'Owned the billing platform end to end, from the ledger to the invoices sent to 40,000 customers, and the on-call rota behind it.';
    const plan = planImport({ basics: { name: 'Ada' }, work: [
      { name: 'Acme', position: 'Engineer', startDate: '2020-01', description: 'Freight software for small carriers', summary: 'Billing.' },
      { name: 'Initech', position: 'Intern', startDate: '2018-01', endDate: '2019-01', description: paragraph.repeat(2) },
    ] }, '2026-11-24');
    const role = (id: string) => plan.files.find((file) => file.path === `roles/${id}.mdx`)!.text;
    expect(role('acme-engineer')).toMatch(/^organisationDescription: Freight software for small carriers$[^]*^summary: Billing\.$/m);
    expect(role('initech-intern')).not.toMatch(/organisationDescription/);
    expect(role('initech-intern')).toContain(`summary: ${paragraph.repeat(2).trim()}`);
    expect(plan.notes).toContain('work[1].description is longer than a line about the organisation (160 characters): it is the role\'s summary');
  });

  it('keeps the country as its code, the postal code resume-level, and a user name the address does not show', () => {
    const plan = planImport({ basics: { name: 'Ada', location: { city: 'Porto', countryCode: 'pt', postalCode: '4000-001' }, profiles: [{ network: 'Bluesky', username: '@ada.example', url: 'https://bsky.example' }, { network: 'GitHub', username: 'ada', url: 'https://github.com/ada' }] } }, '2026-11-24');
    const profile = plan.files.find((file) => file.path === 'profile.mdx')!.text;
    expect(profile).toMatch(/^location: Porto, Portugal\ncountry: PT$/m);
    expect(profile).toContain('postalCode:\n    value: 4000-001\n    visibility: resume');
    expect(profile).toContain('username: ada.example');
    expect(profile.match(/username/g)).toHaveLength(1);
  });

  it('reads skill levels written in other languages, and says which it could not', () => {
    const levels = { Avançado: 'advanced', Fortgeschritten: 'advanced', 'Средний': 'working', Podstawowy: 'learning', Experto: 'expert', Whatever: 'working' };
    const plan = planImport({ basics: { name: 'Ada' }, skills: Object.keys(levels).map((level, index) => ({ name: `Skill ${index}`, level })) }, '2026-11-24');
    const written = plan.files.filter((file) => file.path.startsWith('skills/')).map((file) => /level: (\w+)/.exec(file.text)![1]);
    expect(written).toEqual(Object.values(levels));
    expect(plan.notes).toContain('skills[5].level "Whatever" is not a level Cairn knows: wrote level: working (expert, advanced, working or learning)');
  });

  it('reads back the level words Cairn itself exports in each language, before guessing from the words', () => {
    const levels = { 'Bonne maîtrise': 'working', 'Dominio práctico': 'working', 'Bom domínio': 'working', 熟练: 'advanced', 上級: 'advanced', Expertenwissen: 'expert', 'Im Aufbau': 'learning' };
    const plan = planImport({ basics: { name: 'Ada' }, skills: Object.keys(levels).map((level, index) => ({ name: `Skill ${index}`, level })) }, '2026-11-24', { levelWords: skillLevelWords() });
    const written = plan.files.filter((file) => file.path.startsWith('skills/')).map((file) => /level: (\w+)/.exec(file.text)![1]);
    expect(written).toEqual(Object.values(levels));
    expect(plan.notes.filter((note) => note.includes('.level'))).toEqual([]);
  });

  it('keeps education’s study type, field, score, courses and address, and exports them again', () => {
    const education = { institution: 'University of Leeds', url: 'https://leeds.example/degree', area: 'Computer Science', studyType: 'Bachelor', startDate: '2011', endDate: '2014', score: 'First-class honours', courses: ['Compilers', 'Distributed systems'] };
    const plan = planImport({ basics: { name: 'Ada' }, education: [education] }, '2026-11-24');
    const folder = writeContentFolder(Object.fromEntries(plan.files.map((planned) => [planned.path, planned.text])));
    const context = createBuildContext(loadContent(folder), resolveOptions({ contentDir: folder }, {}, folder));
    expect(context.load.problems).toEqual([]);
    const exported = toJsonResume(context.resume(context.defaultLanguage, 'public', 'general'));
    expect(exported.education).toEqual([education].map(({ url, ...rest }) => ({ ...rest, url })));
  });

  it('keeps the languages spoken and the interests in the profile, and exports them again', () => {
    const languages = [{ language: 'German', fluency: 'Native' }, { language: 'Japanese' }];
    const interests = [{ name: 'Climbing', keywords: ['bouldering'] }, { name: 'Go (the game)' }];
    const plan = planImport({ basics: { name: 'Ada' }, languages, interests, awards: [{ title: 'Best paper' }] }, '2026-11-24');
    expect(plan.notes.filter((note) => note.startsWith('not imported'))).toEqual([]);
    expect(plan.files.map((file) => file.path)).toContain('awards/best-paper.mdx');
    const folder = writeContentFolder(Object.fromEntries(plan.files.map((planned) => [planned.path, planned.text])));
    const context = createBuildContext(loadContent(folder), resolveOptions({ contentDir: folder }, {}, folder));
    expect(context.load.problems).toEqual([]);
    const exported = toJsonResume(context.resume(context.defaultLanguage, 'public', 'general'));
    expect([exported.languages, exported.interests]).toEqual([languages, interests]);
  });

  it('gives projects, awards, publications and references a home, and exports them again', () => {
    const document = {
      basics: { name: 'Ada' },
      projects: [{ name: 'Tidewater status page', description: 'An open-source status page.', url: 'https://status.example', startDate: '2021-03', highlights: ['Used by 40 teams.'], keywords: ['Go', 'SQLite'] }],
      awards: [{ title: 'Engineer of the Year', date: '2022', awarder: 'Northwind', summary: 'For the payments migration.' }],
      publications: [{ name: 'Latency budgets', publisher: 'ACM Queue', releaseDate: '2023-05-01', url: 'https://queue.example/latency', summary: 'How to spend milliseconds.' }],
      references: [{ name: 'Priya Raman, VP Engineering', reference: 'Ada makes hard things calm. {She} ships.' }],
    };
    const plan = planImport(document, '2026-11-24');
    const folder = writeContentFolder(Object.fromEntries(plan.files.map((planned) => [planned.path, planned.text])));
    const context = createBuildContext(loadContent(folder), resolveOptions({ contentDir: folder }, {}, folder));
    expect(context.load.problems).toEqual([]);
    const exported = toJsonResume(context.resume(context.defaultLanguage, 'public', 'general'));
    expect(exported.projects).toEqual(document.projects.map(({ startDate, ...rest }) => ({ ...rest, startDate })));
    expect(exported.awards).toEqual(document.awards);
    expect(exported.publications).toEqual(document.publications);
    expect(exported.references).toEqual(document.references);
  });

  it('keeps the first resume within two pages: role summaries off when they alone are too long, then only the newest roles', () => {
    const job = (index: number, summary: string) => ({ name: `Company ${index}`, position: 'Engineer', startDate: `${2000 + index}-01`, endDate: `${2001 + index}-01`, summary });
    const variantOf = (work: ReturnType<typeof job>[]) => planImport({ basics: { name: 'Ada' }, work }, '2026-11-24').files.find((file) => file.path === 'resumes/general.mdx')!.text;
    expect(variantOf([job(1, 'Built things.')])).not.toMatch(/pages: 2|roleSummaries|limits/);
    const longSummaries = variantOf([1, 2, 3].map((index) => job(index, 'Led the platform. '.repeat(120))));
    expect(longSummaries).toMatch(/\nroleSummaries: false\n/);
    const manyRoles = variantOf(Array.from({ length: 30 }, (_, index) => job(index, 'Built things.')));
    expect(manyRoles).toMatch(/\nlimits:\n {2}roles: \d+\n/);
    expect(Number(/roles: (\d+)/.exec(manyRoles)![1])).toBeLessThan(30);
  });

  it('leaves a list section off the first resume when it alone would fill the pages, keeping its entries', () => {
    const projects = Array.from({ length: 60 }, (_, index) => ({ name: `Project ${index}`, highlights: ['Built it.', 'Shipped it.'] }));
    const plan = planImport({ basics: { name: 'Ada' }, work: [{ name: 'Acme', position: 'Engineer', startDate: '2020-01' }], projects, awards: [{ title: 'Best paper' }] }, '2026-11-24');
    const variant = plan.files.find((file) => file.path === 'resumes/general.mdx')!.text;
    expect(variant).toMatch(/\nsections:\n(  - \w+\n)+/);
    expect(variant).not.toMatch(/  - projects\n/);
    expect(variant).toMatch(/  - awards\n/);
    expect(plan.files.filter((file) => file.path.startsWith('projects/'))).toHaveLength(60);
    expect(plan.notes).toContain('resumes/general.mdx leaves out projects (sections: […]): there is more of them than two pages hold beside your work; they stay in content/');
  });

  it('shortens a highlight too long for a bullet, keeps its whole text as the story, and says so', () => {
    const long = `Led ${'a very long initiative '.repeat(12)}to completion {with braces}.`;
    const plan = planImport({ basics: { name: 'Ada' }, work: [{ name: 'Acme', position: 'Engineer', startDate: '2020', endDate: '2021', highlights: [long] }] }, '2026-11-24');
    expect(plan.notes).toContain('work[0].highlights[0] is longer than a resume bullet (220 characters): the bullet is shortened, and the whole text is the accomplishment\'s story');
    const folder = writeContentFolder(Object.fromEntries(plan.files.map((planned) => [planned.path, planned.text])));
    const { content, problems } = loadContent(folder);
    expect(problems).toEqual([]);
    const [entry] = content.accomplishments;
    expect(entry!.data.bullet.length).toBeLessThanOrEqual(220);
    expect(entry!.body).toContain(`${long.slice(0, 40)}`);
    expect(entry!.body).toContain('to completion &#123;with braces&#125;.');
  });
});

describe('planImport: the language a resume is written in', () => {
  const french = {
    basics: { name: 'Camille Roux', label: 'Infirmière devenue cheffe de produit santé', summary: 'Infirmière pendant huit ans, je conçois aujourd’hui des outils cliniques que les soignants ont envie d’utiliser.' },
    work: [{ name: 'Hospices Civils de Lyon', position: 'Infirmière coordinatrice', startDate: '2018-09', highlights: ['Réduit de 40 % les erreurs de transmission entre équipes grâce à une nouvelle check-list.'] }],
  };
  const profileOf = (plan: ReturnType<typeof planImport>) => plan.files.find((file) => file.path === 'profile.mdx')!.text;

  it('publishes a French resume in French, and says how to choose otherwise', () => {
    const plan = planImport(french, '2026-12-04');
    expect(profileOf(plan)).toMatch(/^languages:\n {2}- fr$/m);
    expect(plan.notes).toContain('the text reads as French: the profile publishes in it (languages: [fr]); to import it as another language, pass --language, e.g. --language en');
  });

  it('takes the language given over the one told from the text, and writes nothing for English', () => {
    expect(profileOf(planImport(french, '2026-12-04', { language: 'fr-CA' }))).toMatch(/^languages:\n {2}- fr-CA$/m);
    expect(profileOf(planImport(french, '2026-12-04', { language: 'en' }))).not.toContain('languages:');
  });
});
