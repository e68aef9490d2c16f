import { COLLECTION_NAMES, CONTENT_TYPES, type CollectionName, type Visibility } from '../../schemas/index.ts';
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

/** The contact details (each `{ value, visibility }`) an audience may see, of a profile or a referee. */
function visibleContact<T extends Partial<Record<string, { value: string; visibility: Visibility }>>>(contact: T, audience: Audience): T {
  return Object.fromEntries(Object.entries(contact).filter(([, field]) => field && isVisibleTo(field.visibility, audience))) as T;
}

/** The entries of one content type an audience may see, as its row in CONTENT_TYPES says. */
function visibleEntries<C extends CollectionName>(collection: C, entries: readonly Entry<C>[], audience: Audience): Entry<C>[] {
  const { visibility } = CONTENT_TYPES[collection];
  if (visibility === 'private') return audience === 'private' ? [...entries] : [];
  if (visibility === 'public') return [...entries];
  return entries.filter((entry) => isVisibleTo((entry.data as { visibility: Visibility }).visibility, audience));
}

/**
 * The content an audience may see: each type's entries as its row in CONTENT_TYPES says (goals,
 * network contacts and interviews are for the private audience only), then the rules between
 * types: an accomplishment is never more visible than its role, a draft accomplishment is for the
 * private audience only, skill references to hidden skills are dropped, and the profile and each
 * referee show only the contact details the audience may see.
 */
export function visibleContent(input: ContentInput, audience: Audience): ContentInput {
  const visible = Object.fromEntries(COLLECTION_NAMES.map((collection) => [collection, visibleEntries(collection, input[collection] as readonly Entry<typeof collection>[], audience)])) as unknown as {
    [C in CollectionName]: Entry<C>[];
  };
  const roleIds = new Set(visible.roles.map((role) => role.id));
  const skillIds = new Set(visible.skills.map((skill) => skill.id));
  const withVisibleSkills = <T extends Entry<'accomplishments'> | Entry<'learning'>>(entry: T): T => ({
    ...entry,
    data: { ...entry.data, skills: entry.data.skills.filter((id) => skillIds.has(id)) },
  });
  return {
    ...visible,
    profile: visible.profile.map((profile) => ({
      ...profile,
      data: { ...profile.data, contact: visibleContact(profile.data.contact, audience) },
    })),
    // A draft is unfinished: only its author sees it, whatever its visibility says.
    accomplishments: visible.accomplishments.filter((entry) => roleIds.has(entry.data.role) && (audience === 'private' || !entry.data.draft)).map(withVisibleSkills),
    learning: visible.learning.map(withVisibleSkills),
    references: visible.references.map((reference) => ({ ...reference, data: { ...reference.data, contact: visibleContact(reference.data.contact, audience) } })),
  };
}
