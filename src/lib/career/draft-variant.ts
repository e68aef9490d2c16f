import { ResumeSchema } from '../../schemas/index.ts';
import type { Entry } from '../model/model.ts';
import { titleSlug } from '../content/slug.ts';
import { markdownAsMdx } from '../content/mdx-text.ts';
import type { TailorReport } from './tailor.ts';

/** How many of the best-ranked accomplishments the draft pins to the top of their roles. */
const PINNED = 3;

export interface DraftVariant {
  /** `<company>-<title>`, before any `-2` suffix. */
  baseName: string;
  data: Record<string, unknown>;
  body: string;
}

function sentenceList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * A resume variant drafted from a tailoring report: aimed at the posting's title, emphasising the
 * skills the posting asks for that the person can show, pinning the best-ranked accomplishments,
 * and with a first summary to edit. It is `resume`-visible: built for sending, never listed on the
 * public site, where a company's name would announce a job search. Only fields the resume schema
 * accepts are written.
 */
export function draftVariant(report: TailorReport, profile: Entry<'profile'>, company: string, title: string): DraftVariant {
  const accepted = new Set(Object.keys(ResumeSchema.shape));
  const pinned = report.emphasis.accomplishments.slice(0, PINNED);
  const emphasis = Object.fromEntries(report.emphasis.skills.map((skill) => [skill.skill, skill.weight]));
  const candidate: Record<string, unknown> = {
    title: `${title} at ${company}`.slice(0, 100),
    targetRole: title.slice(0, 100),
    emphasis: { skills: emphasis },
    pinned,
    visibility: 'resume',
  };
  if (Object.keys(emphasis).length === 0) delete candidate['emphasis'];
  if (pinned.length === 0) delete candidate['pinned'];
  const data = Object.fromEntries(Object.entries(candidate).filter(([key]) => accepted.has(key)));

  // Names stay as written (Kubernetes, PostgreSQL are proper nouns); only a capitalised phrase of
  // ordinary words ("Incident management") is lowercased to read well mid-sentence.
  const strengths = report.emphasis.skills.slice(0, 3).map((skill) => (/^[A-Z][a-z]+(?: [a-z]+)+$/.test(skill.name) ? skill.name.toLowerCase() : skill.name));
  const lines = [
    strengths.length > 0 ? `${profile.data.headline} with a record in ${sentenceList(strengths)}.` : `${profile.data.headline}.`,
    profile.data.valueProposition,
  ];
  return { baseName: titleSlug(`${company} ${title}`, 'tailored'), data, body: `${markdownAsMdx(lines.join(' '))}\n` };
}
