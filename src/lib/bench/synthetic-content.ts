/**
 * Schema-valid career content of any size, for the benchmark: a person who logged `count`
 * accomplishments over twenty years, with proportionate roles and skills, ten resume variants and
 * ten pitches with cards. Seeded, so every run of the benchmark builds the same files.
 */

/** Mulberry32: a small, fast, seedable PRNG, so the same seed always yields the same content. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = ['Cut', 'Raised', 'Rebuilt', 'Automated', 'Migrated', 'Launched', 'Simplified', 'Scaled', 'Hardened', 'Mentored'];
const OBJECTS = ['checkout latency', 'deploy time', 'cloud spend', 'incident count', 'test flakiness', 'page weight', 'build time', 'on-call load', 'query time', 'error rate'];
const CATEGORIES = ['Languages', 'Infrastructure', 'Data', 'Reliability', 'Leadership', 'Product'];
const TAGS = ['performance', 'reliability', 'cost', 'mentoring', 'security', 'data', 'leadership', 'migration', 'developer-experience', 'incident-response'];
const PROSE = [
  'The team had lived with the problem for months and had stopped noticing it.',
  'I measured where the time went before changing anything, and wrote the numbers down.',
  'We shipped the change behind a flag, watched the dashboards for a week, then removed the old path.',
  'The result held through the next peak season without anyone being paged.',
  'I wrote up what we learned so the next team would not have to rediscover it.',
];

export interface SyntheticContent {
  /** Relative path → file text. */
  files: Map<string, string>;
  roles: number;
  skills: number;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Dates from 2006-01-01, spread evenly over twenty years, oldest first. */
function dateFor(index: number, count: number): string {
  const days = Math.floor((index / Math.max(1, count)) * 20 * 365);
  const date = new Date(Date.UTC(2006, 0, 1) + days * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function syntheticContent(count: number, seed = 7): SyntheticContent {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const files = new Map<string, string>();
  const roleCount = Math.max(3, Math.round(count / 50));
  const skillCount = Math.min(200, Math.max(15, Math.round(count / 20)));

  files.set(
    'profile.mdx',
    `---\nname: Bench Person\nheadline: Staff engineer\nvalueProposition: I make slow systems fast and keep them that way.\nlocation: Lisbon, Portugal\nsite: https://bench.example\nlinks:\n  - { label: GitHub, url: "https://github.example/bench" }\ncontact:\n  email: bench@bench.example\n  phone: "+44 7700 900555"\n---\n\nA synthetic person for the benchmark.\n`,
  );

  // Roles tile twenty years back to back, each spanning exactly its accomplishments; the last is current.
  const roleOf = (index: number) => Math.min(roleCount - 1, Math.floor((index / count) * roleCount));
  const roleIds: string[] = [];
  for (let role = 0; role < roleCount; role++) {
    const id = `role-${String(role + 1).padStart(3, '0')}`;
    roleIds.push(id);
    const members = Array.from({ length: count }, (_, index) => index).filter((index) => roleOf(index) === role);
    const first = members[0] ?? 0;
    const last = members[members.length - 1] ?? first;
    const start = role === 0 ? '2006-01' : dateFor(first, count).slice(0, 7);
    const end = role === roleCount - 1 ? '' : `end: "${dateFor(last, count).slice(0, 7)}"\n`;
    files.set(`roles/${id}.mdx`, `---\norganisation: Company ${role + 1}\ntitle: Engineer ${role + 1}\nstart: "${start}"\n${end}summary: Worked on platform systems at a company of ${50 + role * 10} engineers.\n---\n`);
  }

  const skillIds: string[] = [];
  for (let index = 0; index < skillCount; index++) {
    const id = `skill-${String(index + 1).padStart(3, '0')}`;
    skillIds.push(id);
    files.set(`skills/${id}.mdx`, `---\nname: Skill ${index + 1}\ncategory: ${CATEGORIES[index % CATEGORIES.length]}\nlevel: ${pick(['working', 'advanced', 'expert'])}\nsince: ${2006 + (index % 15)}\nkeywords: [alias-${index + 1}]\n---\n`);
  }

  for (let index = 0; index < count; index++) {
    const date = dateFor(index, count);
    const role = roleIds[roleOf(index)]!;
    const id = `${date}-entry-${String(index + 1).padStart(5, '0')}`;
    const skills = [...new Set([pick(skillIds), pick(skillIds), pick(skillIds)])];
    const from = 100 + Math.floor(next() * 900);
    const to = Math.max(1, Math.floor(from * (0.1 + next() * 0.6)));
    const verb = pick(VERBS);
    const object = pick(OBJECTS);
    const story = [PROSE[index % PROSE.length], pick(PROSE), pick(PROSE)].join(' ');
    files.set(
      `accomplishments/${id}.mdx`,
      `---\ntitle: ${verb} ${object} number ${index + 1}\ndate: "${date}"\nrole: ${role}\nskills: [${skills.join(', ')}]\ntags: [${pick(TAGS)}, ${pick(TAGS)}]\nbullet: ${verb} ${object} from ${from} to ${to} ms across ${1 + (index % 9)} services.\nimpact:\n  - { label: ${object}, from: ${from}, to: ${to}, unit: ms }\nfeatured: ${index % 97 === 0}\n---\n\n## Situation\n\n${story}\n\n## Result\n\n${pick(PROSE)}\n`,
    );
  }

  for (let index = 0; index < 10; index++) {
    const weights = [...new Set([pick(skillIds), pick(skillIds), pick(skillIds)])].map((skill, position) => `${skill}: ${3 - position}`).join(', ');
    files.set(
      `resumes/variant-${index + 1}.mdx`,
      `---\ntitle: Variant ${index + 1}\ntargetRole: Role ${index + 1}\nemphasis:\n  skills: { ${weights} }\n  tags: { ${TAGS[index % TAGS.length]}: 2 }\nlimits: { roles: 5, years: 8, bulletsPerRole: 4 }\npages: 2\nfit: auto\n---\n\nA summary for path ${index + 1}: platform work, measured results, calm operations.\n`,
    );
  }

  for (let index = 0; index < 10; index++) {
    files.set(
      `pitches/pitch-${index + 1}.mdx`,
      `---\naudience: Audience ${index + 1}\nvenue: Venue ${index + 1}\nduration: 30\ncard:\n  headline: Staff engineer for audience ${index + 1}\n---\n\nI make slow systems fast and keep them that way, and I can show you the numbers.\n`,
    );
  }

  return { files, roles: roleCount, skills: skillCount };
}
