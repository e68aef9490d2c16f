import { rejectedEntryIds, type LoadedContent, type LoadedEntry } from './load-content.ts';
import type { Problem } from './problems.ts';
import { closestMatch } from './similar.ts';

/**
 * Rules for resume variants that span files: every skill, tag, role and accomplishment a variant
 * names must exist, because a misspelt id would silently select nothing; and a pin must be
 * something a resume can show.
 */
export function checkResumeReferences(content: LoadedContent): Problem[] {
  const known = {
    skill: new Set(content.skills.map((entry) => entry.id)),
    tag: new Set(content.accomplishments.flatMap((entry) => entry.data.tags)),
    role: new Set(content.roles.map((entry) => entry.id)),
    accomplishment: new Set(content.accomplishments.map((entry) => entry.id)),
  };
  // Entries whose own files have problems exist; those problems are listed, so naming them is fine.
  const rejected: Record<keyof typeof known, ReadonlySet<string>> = {
    skill: rejectedEntryIds(content, 'skills'),
    tag: new Set(),
    role: rejectedEntryIds(content, 'roles'),
    accomplishment: rejectedEntryIds(content, 'accomplishments'),
  };
  const where: Record<keyof typeof known, string> = {
    skill: 'content/skills/',
    tag: "your accomplishments' tags",
    role: 'content/roles/',
    accomplishment: 'content/accomplishments/',
  };
  const problems: Problem[] = [];

  for (const entry of content.resumes) {
    const check = (kind: keyof typeof known, id: string, path: PropertyKey[]) => {
      if (known[kind].has(id) || rejected[kind].has(id)) return;
      const suggestion = closestMatch(id, [...known[kind], ...rejected[kind]]);
      problems.push({
        file: entry.file,
        line: entry.lineOf(path),
        field: path.map(String).join('.'),
        message: `no ${kind} "${id}" in ${where[kind]}`,
        hint: suggestion ? `did you mean "${suggestion}"?` : `use one of: ${[...known[kind]].sort().slice(0, 8).join(', ')}${known[kind].size > 8 ? ', …' : ''}`,
      });
    };
    const { data } = entry as LoadedEntry<'resumes'>;
    for (const id of Object.keys(data.emphasis.skills)) check('skill', id, ['emphasis', 'skills', id]);
    for (const id of Object.keys(data.emphasis.tags)) check('tag', id, ['emphasis', 'tags', id]);
    for (const filter of ['include', 'exclude'] as const) {
      data[filter].skills.forEach((id, index) => check('skill', id, [filter, 'skills', index]));
      data[filter].tags.forEach((id, index) => check('tag', id, [filter, 'tags', index]));
      data[filter].roles.forEach((id, index) => check('role', id, [filter, 'roles', index]));
      const { from, to } = data[filter];
      if (from && to && to < from.slice(0, to.length)) {
        problems.push({ file: entry.file, line: entry.lineOf([filter, 'to']), field: `${filter}.to`, message: `ends (${to}) before it starts (${from})`, received: to, hint: 'swap from and to' });
      }
    }
    data.exclude.accomplishments.forEach((id, index) => check('accomplishment', id, ['exclude', 'accomplishments', index]));
    data.pinned.forEach((id, index) => {
      const path = ['pinned', index];
      if (data.pinned.indexOf(id) !== index) {
        problems.push({ file: entry.file, line: entry.lineOf(path), field: 'pinned', message: `pins "${id}" twice`, hint: 'remove the second one' });
        return;
      }
      check('accomplishment', id, path);
      const pinned = content.accomplishments.find((accomplishment) => accomplishment.id === id);
      if (pinned?.data.visibility === 'private') {
        problems.push({
          file: entry.file,
          line: entry.lineOf(path),
          field: `pinned.${index}`,
          message: `pins "${id}", which is private and never appears on a resume`,
          hint: `set visibility: resume in ${pinned.file} to show it on resumes you send, or unpin it`,
        });
      }
    });
  }
  return problems;
}
