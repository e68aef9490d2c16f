import type { ResumeView } from './selection.ts';

/**
 * What two resume variants tell differently: the accomplishments, roles and skills each shows that
 * the other does not, and where the ones both show come in a different order. A pure function of
 * two selected resumes, for `npm run resume:diff`.
 */

export interface DiffItem {
  id: string;
  /** What a person recognises: an accomplishment's title, `Title · Organisation`, a skill's name. */
  label: string;
}

export interface ListDiff {
  onlyA: DiffItem[];
  onlyB: DiffItem[];
  /** How many items both variants show. */
  shared: number;
  /** The shared items in each variant's order, or undefined when both order them the same. */
  order: { a: DiffItem[]; b: DiffItem[] } | undefined;
}

export interface VariantSummary {
  id: string;
  title: string;
  targetRole: string;
  headline: string;
}

export interface VariantDiff {
  a: VariantSummary;
  b: VariantSummary;
  accomplishments: ListDiff;
  roles: ListDiff;
  skills: ListDiff;
}

/** Compares two ordered lists of distinct items by id. */
export function diffLists(a: readonly DiffItem[], b: readonly DiffItem[]): ListDiff {
  const inA = new Set(a.map((item) => item.id));
  const inB = new Set(b.map((item) => item.id));
  const sharedA = a.filter((item) => inB.has(item.id));
  const sharedB = b.filter((item) => inA.has(item.id));
  const sameOrder = sharedA.every((item, index) => item.id === sharedB[index]!.id);
  return {
    onlyA: a.filter((item) => !inB.has(item.id)),
    onlyB: b.filter((item) => !inA.has(item.id)),
    shared: sharedA.length,
    order: sameOrder ? undefined : { a: sharedA, b: sharedB },
  };
}

function summary(view: ResumeView): VariantSummary {
  return { id: view.id, title: view.variant.title, targetRole: view.variant.targetRole, headline: view.person.headline };
}

function accomplishments(view: ResumeView, titleOf: (id: string) => string | undefined): DiffItem[] {
  return view.roles.flatMap((role) => role.bullets.map((bullet) => ({ id: bullet.id, label: titleOf(bullet.id) ?? bullet.text })));
}

/**
 * The difference between variants `a` and `b`. `titleOf` names an accomplishment by its title;
 * without one (or for an id it does not know) the bullet text stands in.
 */
export function diffVariants(a: ResumeView, b: ResumeView, titleOf: (id: string) => string | undefined = () => undefined): VariantDiff {
  const roles = (view: ResumeView) => view.roles.map((role) => ({ id: role.id, label: `${role.title} · ${role.organisation}` }));
  const skills = (view: ResumeView) => view.skills.flatMap((group) => group.skills.map((skill) => ({ id: skill.id, label: skill.name })));
  return {
    a: summary(a),
    b: summary(b),
    accomplishments: diffLists(accomplishments(a, titleOf), accomplishments(b, titleOf)),
    roles: diffLists(roles(a), roles(b)),
    skills: diffLists(skills(a), skills(b)),
  };
}

function numbered(items: readonly DiffItem[]): string[] {
  return items.map((item, index) => `${index + 1}. ${item.label}`);
}

function listSection(heading: string, noun: string, diff: ListDiff, a: string, b: string): string[] {
  const only = (id: string, items: DiffItem[]) => (items.length === 0 ? [`Only in ${id}: none.`] : [`Only in ${id} (${items.length}):`, '', ...items.map((item) => `- ${item.label}`)]);
  const order = diff.order
    ? [`Shared ${noun} (${diff.shared}), in a different order:`, '', `In ${a}:`, '', ...numbered(diff.order.a), '', `In ${b}:`, '', ...numbered(diff.order.b)]
    : [diff.shared === 0 ? `No shared ${noun}.` : `Shared ${noun} (${diff.shared}), in the same order.`];
  return [`## ${heading}`, '', ...only(a, diff.onlyA), '', ...only(b, diff.onlyB), '', ...order];
}

/** The difference as Markdown: readable in a terminal and pasteable into notes. */
export function variantDiffMarkdown(diff: VariantDiff): string {
  const { a, b } = diff;
  const describe = (variant: VariantSummary) => `- **${variant.id}**: ${variant.title}, for ${variant.targetRole} (“${variant.headline}”)`;
  const blocks = [
    [`# ${a.id} vs ${b.id}`, '', describe(a), describe(b)],
    listSection('Accomplishments', 'accomplishments', diff.accomplishments, a.id, b.id),
    listSection('Roles', 'roles', diff.roles, a.id, b.id),
    listSection('Skills', 'skills', diff.skills, a.id, b.id),
  ];
  return `${blocks.map((block) => block.join('\n')).join('\n\n')}\n`;
}
