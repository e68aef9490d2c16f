import type { Visibility } from '../../schemas/index.ts';
import type { Contact } from '../../schemas/profile.ts';
import type { ContentInput, Entry } from './model.ts';

/**
 * Who will read an output: the public website, a person you send a resume to, or only you.
 * Each audience sees its own level and the more open ones.
 */
export type Audience = 'public' | 'resume' | 'private';

const OPENNESS: Record<Visibility, number> = { public: 0, resume: 1, private: 2 };

export function isVisibleTo(visibility: Visibility, audience: Audience): boolean {
  return OPENNESS[visibility] <= OPENNESS[audience];
}

function visibleContact(contact: Contact, audience: Audience): Contact {
  const visible: Contact = {};
  for (const [key, field] of Object.entries(contact) as [keyof Contact, Contact[keyof Contact]][]) {
    if (field && isVisibleTo(field.visibility, audience)) visible[key] = field;
  }
  return visible;
}

function keep<T extends { data: { visibility: Visibility } }>(entries: readonly T[], audience: Audience): T[] {
  return entries.filter((entry) => isVisibleTo(entry.data.visibility, audience));
}

/**
 * The content an audience may see. An accomplishment is never more visible than its role, skill
 * references to hidden skills are dropped, and goals, network contacts and interviews are for the
 * private audience only.
 */
export function visibleContent(input: ContentInput, audience: Audience): ContentInput {
  const roles = keep(input.roles, audience);
  const roleIds = new Set(roles.map((role) => role.id));
  const skills = keep(input.skills, audience);
  const skillIds = new Set(skills.map((skill) => skill.id));
  const withVisibleSkills = <T extends Entry<'accomplishments'> | Entry<'learning'>>(entry: T): T => ({
    ...entry,
    data: { ...entry.data, skills: entry.data.skills.filter((id) => skillIds.has(id)) },
  });

  return {
    profile: input.profile.map((profile) => ({
      ...profile,
      data: { ...profile.data, contact: visibleContact(profile.data.contact, audience) },
    })),
    roles,
    accomplishments: keep(input.accomplishments, audience)
      .filter((entry) => roleIds.has(entry.data.role))
      .map(withVisibleSkills),
    skills,
    education: keep(input.education, audience),
    learning: keep(input.learning, audience).map(withVisibleSkills),
    resumes: keep(input.resumes, audience),
    pitches: keep(input.pitches, audience),
    goals: audience === 'private' ? [...input.goals] : [],
    network: audience === 'private' ? [...input.network] : [],
    interviews: audience === 'private' ? [...input.interviews] : [],
    letters: keep(input.letters, audience),
  };
}
