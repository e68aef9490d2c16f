import { loadContent } from '../../../../../src/lib/content/load-content.ts';
import { buildModel, type Model } from '../../../../../src/lib/model/model.ts';
import { visibleContent, type Audience } from '../../../../../src/lib/model/visibility.ts';
import { mdx, minimalContent, writeContentFolder } from '../../../../support/content-fixture.ts';

/**
 * Content for the resume tests: the minimal person plus enough accomplishments to choose between,
 * written to disk and read back through the real schemas.
 */
export interface AccomplishmentSpec {
  date: string;
  slug: string;
  role: 'acme' | 'initech';
  skills?: string[];
  tags?: string[];
  impact?: boolean;
  visibility?: 'public' | 'resume' | 'private';
  bullet?: string;
}

export function accomplishmentFile(spec: AccomplishmentSpec): Record<string, string> {
  const lines = [
    `title: ${spec.slug.replace(/-/g, ' ')}`,
    `date: "${spec.date}"`,
    `role: ${spec.role}`,
    `skills: [${(spec.skills ?? []).join(', ')}]`,
    `tags: [${(spec.tags ?? []).join(', ')}]`,
    `bullet: ${spec.bullet ?? `Did ${spec.slug.replace(/-/g, ' ')} well.`}`,
    ...(spec.impact ? ['impact:\n  - { label: speed, from: 10, to: 2, unit: s }'] : []),
    ...(spec.visibility ? [`visibility: ${spec.visibility}`] : []),
  ];
  return { [`accomplishments/${spec.date}-${spec.slug}.mdx`]: mdx(lines.join('\n')) };
}

/** Six more accomplishments at Acme and Initech, with a spread of dates, skills, tags and impact. */
export const EXTRA: AccomplishmentSpec[] = [
  { date: '2023-02-01', slug: 'cluster-upgrade', role: 'acme', skills: ['kubernetes'], tags: ['reliability'], impact: true },
  { date: '2022-10-10', slug: 'go-service', role: 'acme', skills: ['go'], tags: ['performance'] },
  { date: '2021-09-15', slug: 'mentoring-scheme', role: 'acme', tags: ['mentoring'] },
  { date: '2020-06-01', slug: 'on-call-rota', role: 'acme', tags: ['reliability'], visibility: 'resume' },
  { date: '2019-05-20', slug: 'invoice-export', role: 'initech', skills: ['go'], tags: ['billing'] },
  { date: '2017-01-09', slug: 'first-deploy', role: 'initech', skills: ['kubernetes'] },
];

export function resumeFile(id: string, frontmatter: string, body = 'A summary of the person for this path.\n'): Record<string, string> {
  return { [`resumes/${id}.mdx`]: mdx(`title: ${id}\ntargetRole: Engineer\n${frontmatter}`, `\n${body}`) };
}

export function contentFolder(extra: Record<string, string> = {}): string {
  return writeContentFolder({ ...minimalContent(), ...Object.assign({}, ...EXTRA.map(accomplishmentFile)), ...extra });
}

export function modelFor(folder: string, audience: Audience = 'public'): Model {
  const { content, problems } = loadContent(folder);
  if (problems.length > 0) throw new Error(`fixture content has problems: ${JSON.stringify(problems)}`);
  return buildModel(visibleContent(content, audience));
}

/**
 * A person with far more to say than a page holds: 24 long bullets across two roles, and a variant
 * `long` that asks for all of them on one page.
 */
export function longContentFiles(fit: 'auto' | 'strict'): Record<string, string> {
  const specs: AccomplishmentSpec[] = Array.from({ length: 24 }, (_, index) => {
    const acme = index < 14;
    const year = acme ? 2021 + Math.floor(index / 6) : 2017 + Math.floor((index - 14) / 4);
    const month = String((index % 6) * 2 + 1).padStart(2, '0');
    return {
      date: `${year}-${month}-1${index % 10}`,
      slug: `long-story-${index + 1}`,
      role: acme ? 'acme' : 'initech',
      skills: index % 3 === 0 ? ['go'] : ['kubernetes'],
      impact: index % 2 === 0,
      bullet: `Led long piece of work number ${index + 1}, coordinating several teams over many months to move a measurable result from one level to a much better one, and wrote it all down for the next team.`,
    };
  });
  return {
    ...Object.assign({}, ...specs.map(accomplishmentFile)),
    ...resumeFile('long', `limits: { bulletsPerRole: 20 }\npinned: [2021-01-10-long-story-1]\nfit: ${fit}\npages: 1`),
  };
}

export function longContentFolder(fit: 'auto' | 'strict'): string {
  return writeContentFolder({ ...minimalContent(), ...longContentFiles(fit) });
}
