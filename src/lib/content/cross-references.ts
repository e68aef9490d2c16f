import type { CollectionName } from '../../schemas/index.ts';
import { rejectedEntryIds, type LoadedContent, type LoadedEntry } from './load-content.ts';
import type { Problem } from './problems.ts';
import { closestMatch } from './similar.ts';

/**
 * Rules that span files: references must point at entries that exist, ids must be unique, and
 * time must run forwards. Astro only warns about a missing reference; we fail it.
 */
export function checkCrossReferences(content: LoadedContent): Problem[] {
  return [
    ...checkProfile(content),
    ...checkDuplicateIds(content),
    ...checkReferences(content),
    ...checkDateOrder(content),
    ...checkAccomplishmentFileNames(content),
  ];
}

function checkProfile(content: LoadedContent): Problem[] {
  if (content.profile.length > 0) return [];
  return [{ file: 'content/profile.mdx', message: 'the profile is missing (or has errors listed above)', hint: 'every site needs content/profile.mdx with at least name, headline, valueProposition and site' }];
}

function checkDuplicateIds(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const [collection, entries] of Object.entries(content) as [CollectionName, LoadedEntry[]][]) {
    const seen = new Map<string, LoadedEntry>();
    for (const entry of entries) {
      const first = seen.get(entry.id);
      if (first) {
        problems.push({ file: entry.file, message: `duplicate id "${entry.id}" in ${collection}: ${first.file} has it too`, hint: 'rename one of the two files' });
      } else {
        seen.set(entry.id, entry);
      }
    }
  }
  return problems;
}

function referenceProblem(entry: LoadedEntry, path: PropertyKey[], target: string, known: Map<string, unknown>, folder: string, rejected: ReadonlySet<string>): Problem | undefined {
  // A target whose own file has problems exists: those problems are listed, this reference is fine.
  if (known.has(target) || rejected.has(target)) return undefined;
  const suggestion = closestMatch(target, [...known.keys(), ...rejected]);
  return {
    file: entry.file,
    line: entry.lineOf(path),
    field: path.map(String).join('.'),
    message: `no ${folder.replace(/s$/, '')} with id "${target}" exists in content/${folder}/`,
    hint: suggestion ? `did you mean "${suggestion}"?` : `create content/${folder}/${target}.mdx or use one of: ${[...known.keys()].slice(0, 8).join(', ')}`,
  };
}

function checkReferences(content: LoadedContent): Problem[] {
  const roles = new Map(content.roles.map((entry) => [entry.id, entry]));
  const skills = new Map(content.skills.map((entry) => [entry.id, entry]));
  const [brokenRoles, brokenSkills] = [rejectedEntryIds(content, 'roles'), rejectedEntryIds(content, 'skills')];
  const problems: (Problem | undefined)[] = [];
  for (const entry of content.accomplishments) {
    problems.push(referenceProblem(entry, ['role'], entry.data.role, roles, 'roles', brokenRoles));
    entry.data.skills.forEach((skill, index) => problems.push(referenceProblem(entry, ['skills', index], skill, skills, 'skills', brokenSkills)));
  }
  for (const entry of [...content.learning, ...content.goals]) {
    entry.data.skills.forEach((skill, index) => problems.push(referenceProblem(entry, ['skills', index], skill, skills, 'skills', brokenSkills)));
  }
  return problems.filter((problem): problem is Problem => problem !== undefined);
}

function checkDateOrder(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const entry of [...content.roles, ...content.education]) {
    const { start, end } = entry.data;
    if (start && end && end < start) {
      problems.push({ file: entry.file, line: entry.lineOf(['end']), field: 'end', message: `ends (${end}) before it starts (${start})`, received: end, hint: 'swap them, or fix the year' });
    }
  }
  const roles = new Map(content.roles.map((entry) => [entry.id, entry.data]));
  for (const entry of content.accomplishments) {
    const role = roles.get(entry.data.role);
    if (!role) continue;
    const month = entry.data.date.slice(0, 7);
    if (month < role.start || (role.end && month > role.end)) {
      problems.push({
        file: entry.file,
        line: entry.lineOf(['date']),
        field: 'date',
        message: `falls outside its role "${entry.data.role}" (${role.start} to ${role.end ?? 'now'})`,
        received: entry.data.date,
        hint: 'fix the date, or point role at the job you held then',
      });
    }
  }
  return problems;
}

function checkAccomplishmentFileNames(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const entry of content.accomplishments) {
    const prefix = /^(\d{4}-\d{2}-\d{2})-/.exec(entry.id)?.[1];
    if (prefix === entry.data.date) continue;
    const expected = `${entry.data.date}-${entry.id.replace(/^\d{4}-\d{2}-\d{2}-?/, '') || 'accomplishment'}.mdx`;
    problems.push({
      file: entry.file,
      line: entry.lineOf(['date']),
      field: 'date',
      message: prefix ? `the file name says ${prefix} but date is ${entry.data.date}` : 'accomplishment file names start with their date, YYYY-MM-DD-',
      hint: `rename the file to ${expected}`,
    });
  }
  return problems;
}
