import type { Entry } from '../model/model.ts';
import { skillLexicon, skillsIn } from './terms.ts';

export interface VariantSkills {
  /** `emphasis`: the skills the variant emphasises (positive weight); `named`: skills its title, target role or summary name. */
  source: 'emphasis' | 'named';
  /** Skill ids, most emphasised first. */
  skills: string[];
}

/**
 * The skills a resume variant (a career path) stands on. Its `emphasis.skills` say so directly;
 * a variant that has none yet is read for the skills its title, target role and summary name, by
 * skill name or keyword ("Kubernetes, PostgreSQL, Kafka and AWS").
 */
export function variantSkills(variant: Entry<'resumes'>, skills: readonly Entry<'skills'>[]): VariantSkills {
  const known = new Set(skills.map((skill) => skill.id));
  const emphasised = Object.entries(variant.data.emphasis.skills)
    .filter(([id, weight]) => weight > 0 && known.has(id))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id]) => id);
  if (emphasised.length > 0) return { source: 'emphasis', skills: emphasised };
  const lexicon = skillLexicon(skills);
  const text = [variant.data.title, variant.data.targetRole, variant.body ?? ''].join('\n');
  return { source: 'named', skills: skillsIn(text, lexicon) };
}
