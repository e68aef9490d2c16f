import { formatDay, formatMonth } from '../model/format.ts';
import type { ReviewReport, SkillEvidence } from './review.ts';

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function since(skill: SkillEvidence): string {
  return skill.lastEvidence ? `last evidence ${formatMonth(skill.lastEvidence)}` : 'no evidence yet';
}

/**
 * The review as Markdown: headings a person can paste into a self-review, every section present
 * (an empty one says so), entries named by title with their id where the file is to be found.
 */
export function renderReviewMarkdown(report: ReviewReport): string {
  const title = new Map([...report.accomplishments.map((entry) => [entry.id, entry.title] as const), ...report.learning.map((entry) => [entry.id, entry.title] as const)]);
  const titled = (id: string) => title.get(id) ?? id;
  const out: string[] = [];
  const { period, summary } = report;
  out.push(`# Review: ${formatDay(period.since)} – ${formatDay(period.until)}`, '');
  out.push(
    `${plural(summary.accomplishments, 'accomplishment')} across ${plural(summary.roles, 'role')}, ${plural(summary.skillsPractised, 'skill')} practised, ${plural(summary.learning, 'learning entry', 'learning entries')}, ${plural(summary.impactMetrics, 'measured result')} (${period.days} days; private entries included).`,
    '',
  );

  out.push('## Accomplishments by role', '');
  if (report.byRole.length === 0) {
    const newest = report.newestBefore;
    // The sample persona, or a log left alone for a season: say where it stops and how to reach it.
    const earlier = newest ? ` The newest entry is from ${formatDay(newest)}: \`npm run review -- --since ${newest.slice(0, 7)}-01\` reaches back to it.` : '';
    out.push(`Nothing logged in this period.${earlier} \`npm run log -- "<title>"\` records one in a line.`, '');
  }
  const byId = new Map(report.accomplishments.map((entry) => [entry.id, entry]));
  for (const group of report.byRole) {
    out.push(`### ${group.title}, ${group.organisation}`, '');
    for (const id of group.accomplishments) {
      const entry = byId.get(id)!;
      const marks = [entry.draft ? 'draft' : '', entry.visibility !== 'public' ? entry.visibility : '', entry.featured ? 'featured' : ''].filter(Boolean);
      out.push(`- **${entry.title}** (${formatDay(entry.date)}${marks.length ? `; ${marks.join(', ')}` : ''})`);
      if (entry.bullet !== entry.title) out.push(`  ${entry.bullet}`);
      for (const impact of entry.impact) out.push(`  - ${impact.label}: ${impact.figure}${impact.change ? ` (${impact.change})` : ''}`);
    }
    out.push('');
  }

  if (report.drafts.length > 0) {
    out.push('## Drafts to finish', '');
    out.push(`${plural(report.drafts.length, 'draft')}, never published until finished: rewrite the story and bullet, then delete \`draft: true\` (and set \`visibility\`).`, '');
    for (const draft of report.drafts) out.push(`- **${draft.title}** (${formatDay(draft.date)}; accomplishments/${draft.id}.mdx${draft.harvestedFrom ? `; harvested from ${draft.harvestedFrom}` : ''})`);
    out.push('');
  }

  out.push('## Accomplishments by skill', '');
  if (report.bySkill.length === 0) out.push('No skill has new evidence in this period.', '');
  for (const group of report.bySkill) {
    const evidence = [...group.accomplishments, ...group.learning].map(titled);
    out.push(`- **${group.name}** (${evidence.length}): ${evidence.join('; ')}`);
  }
  if (report.bySkill.length > 0) out.push('');

  out.push('## Impact', '');
  if (report.impact.length === 0) {
    out.push('No measured results in this period. Add `--impact "label: from -> to unit"` when you log.', '');
  } else {
    out.push('| Result | Change | Accomplishment |', '| --- | --- | --- |');
    for (const impact of report.impact) out.push(`| ${impact.label} | ${impact.figure}${impact.change ? ` (${impact.change})` : ''} | ${impact.title.replace(/\|/g, '\\|')} |`);
    out.push('');
  }

  if (report.learning.length > 0) {
    out.push('## Learning', '');
    for (const entry of report.learning) out.push(`- **${entry.title}** (${entry.kind}, ${entry.institution}, ${formatMonth(entry.date)})`);
    out.push('');
  }

  out.push('## Skills', '');
  out.push(`Practised: ${report.bySkill.length ? list(report.bySkill.map((group) => group.name)) : 'none in this period'}.`, '');
  if (report.staleSkills.length > 0) {
    out.push('Not evidenced for over a year:', '');
    for (const skill of report.staleSkills) out.push(`- ${skill.name} (${since(skill)})`);
    out.push('');
  } else {
    out.push('Every skill has evidence from the last year.', '');
  }

  out.push('## Goals', '');
  if (report.goals.length === 0) out.push('No goals yet: add one in content/goals/.', '');
  for (const goal of report.goals) {
    out.push(`### ${goal.title}`, '');
    out.push(`${goal.horizon === '12-months' ? '12-month' : '3–5-year'} goal, by ${formatMonth(goal.targetDate)}. ${goal.progressed} of ${plural(goal.skills.length, 'linked skill')} with new evidence.`, '');
    for (const skill of goal.skills) out.push(`- ${skill.name}: ${skill.evidence.length ? skill.evidence.map(titled).join('; ') : 'nothing new'}`);
    if (goal.skills.length > 0) out.push('');
  }

  out.push('## Resume variants: gaps', '');
  if (report.variants.length === 0) out.push('No resume variants yet: add one in content/resumes/.', '');
  for (const variant of report.variants) {
    const count = variant.skills.length;
    const which = variant.skillsFrom === 'emphasis' ? `its ${plural(count, 'emphasised skill')}` : `the ${plural(count, 'skill')} named in its title and summary`;
    const head = `- **${variant.title}** (${variant.targetRole})`;
    if (count === 0) {
      out.push(`${head}: names none of your skills; give it \`emphasis: { skills: { … } }\` to compare.`);
    } else if (variant.gaps.length === 0) {
      const kind = variant.skillsFrom === 'emphasis' ? 'emphasised skill' : 'skill named in its title and summary';
      const all = count === 1 ? `its one ${kind}` : `${count === 2 ? 'both' : `all ${count}`} ${kind.replace('skill', 'skills')}`;
      out.push(`${head}: ${all} ${count === 1 ? 'has' : 'have'} evidence from the last year.`);
    } else {
      const gaps = variant.gaps.map((skill) => `${skill.name} (${since(skill)})`).join(', ');
      out.push(`${head}: ${variant.gaps.length} of ${which} ${variant.gaps.length === 1 ? 'has' : 'have'} no evidence in the last year: ${gaps}.`);
    }
  }
  out.push('');

  out.push('## Relationships overdue for a check-in', '');
  if (report.network.overdue.length === 0) out.push('Nobody is overdue.', '');
  for (const contact of report.network.overdue) {
    const where = contact.organisation ? ` (${contact.organisation})` : '';
    const when =
      contact.daysOverdue === undefined
        ? 'no contact recorded yet'
        : `${plural(contact.daysOverdue, 'day')} overdue (${contact.countedFrom === 'met' ? `met ${formatMonth(contact.lastContact!)}, no contact since` : `last contact ${formatDay(contact.lastContact!)}`}; check in every ${contact.cadence} days)`;
    const cares = contact.caresAbout.length ? ` Cares about: ${contact.caresAbout.join('; ')}.` : '';
    out.push(`- **${contact.name}**${where}: ${when}.${cares}`);
  }
  if (report.network.overdue.length > 0) out.push('', '`npm run touch -- <person> "<note>"` records a contact.', '');

  out.push('## Interview lessons', '');
  const lessons = report.interviews;
  if (lessons.interviews.length === 0) {
    out.push('No interviews in this period.', '');
  } else {
    for (const interview of lessons.interviews) out.push(`- ${interview.position} at ${interview.company} (${formatDay(interview.date)}): reached ${interview.stage}, ${interview.outcome}`);
    out.push('');
    out.push('Recurring questions:', '');
    if (lessons.recurringQuestions.length === 0) out.push('- none asked twice yet');
    for (const question of lessons.recurringQuestions) out.push(`- "${question.question}" (asked in ${question.interviews.length} interviews)`);
    out.push('', 'Do differently:', '');
    if (lessons.doDifferently.length === 0) out.push('- nothing noted');
    for (const item of lessons.doDifferently) out.push(`- ${item.note} (${item.companies.join(', ')}${item.interviews.length > 1 ? `: noted in ${item.interviews.length} interviews` : ''})`);
    if (lessons.wentWell.length > 0) {
      out.push('', 'Went well:', '');
      for (const item of lessons.wentWell) out.push(`- ${item.note} (${item.companies.join(', ')})`);
    }
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
