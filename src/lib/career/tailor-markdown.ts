import { formatMonth } from '../model/format.ts';
import type { Evidence, RequirementCoverage, TailorReport } from './tailor.ts';

const SOURCE_LABEL: Record<RequirementCoverage['source'], string> = {
  skill: 'skill',
  qualification: 'qualification',
  responsibility: 'responsibility',
  text: 'requirement',
};

/** When it happened: a month, or for a role the months it spans (`Jun 2018 – Aug 2021`, `since Sep 2021`). */
function evidenceDate(evidence: Evidence): string {
  if (!evidence.date) return '';
  if (evidence.kind !== 'role') return `, ${formatMonth(evidence.date)}`;
  return evidence.end ? `, ${formatMonth(evidence.date)} – ${formatMonth(evidence.end)}` : `, since ${formatMonth(evidence.date)}`;
}

function describeEvidence(evidence: Evidence): string {
  const when = evidenceDate(evidence);
  const privateNote = evidence.visibility === 'private' ? '; private, so not on a resume' : '';
  return `${evidence.title} (${evidence.kind}${when}${privateNote}; matched ${evidence.matched.join(', ')})`;
}

function requirementLine(requirement: RequirementCoverage): string {
  const group = requirement.group ? ` under ${requirement.group}` : '';
  return `- **${requirement.text}** (${SOURCE_LABEL[requirement.source]}${group})`;
}

/** The coverage report as Markdown: what the posting asks, what covers it, what does not, what to emphasise. */
export function renderTailorMarkdown(report: TailorReport, postingName: string): string {
  const out: string[] = [];
  const { posting, summary } = report;
  const heading = [posting.title, posting.company].filter(Boolean).join(' at ') || postingName;
  out.push(`# Tailoring: ${heading}`, '');
  out.push(
    `${postingName} (${posting.format === 'json-resume-job' ? 'JSON Resume job' : 'text'}): ${summary.requirements} requirements, ${summary.evidenced} with evidence, ${summary.listed} covered only by a skill you list, ${summary.missing} with no evidence.`,
    '',
  );

  out.push('## Keywords', '');
  out.push(`Posting keywords: ${report.keywords.join(', ') || 'none found'}.`, '');
  out.push(report.skillsAsked.length ? `Your skills it asks for: ${report.skillsAsked.map((skill) => `${skill.name} (as ${skill.words.join(', ')})`).join('; ')}.` : 'It names none of your skills by name or keyword.', '');

  const matched = report.requirements.filter((requirement) => requirement.status !== 'missing');
  out.push('## Matched requirements', '');
  if (matched.length === 0) out.push('None.', '');
  for (const requirement of matched) {
    out.push(requirementLine(requirement));
    if (requirement.status === 'listed') out.push(`  - only your skill list: ${requirement.skills.join(', ')} (no accomplishment shows it yet)`);
    for (const evidence of requirement.evidence) out.push(`  - ${describeEvidence(evidence)}`);
  }
  if (matched.length > 0) out.push('');

  const missing = report.requirements.filter((requirement) => requirement.status === 'missing');
  out.push('## Requirements with no evidence', '');
  out.push(...(missing.length ? missing.map(requirementLine) : ['None: every requirement has something behind it.']), '');

  out.push('## Your accomplishments ranked for this posting', '');
  if (report.ranking.length === 0) out.push('None matches the posting.', '');
  report.ranking.forEach((entry, index) => {
    const privateNote = entry.visibility === 'private' ? ', private' : '';
    out.push(`${index + 1}. ${entry.title} (${entry.id}${privateNote}; score ${entry.score.toFixed(2)}: ${entry.matched.join(', ')})`);
  });
  if (report.ranking.length > 0) out.push('');

  out.push('## Suggested emphasis', '');
  const { emphasis } = report;
  if (emphasis.skills.length > 0) {
    out.push('Skills (weight: why):', '');
    for (const skill of emphasis.skills) {
      const why = [skill.requested ? `named in ${skill.requested} requirement${skill.requested > 1 ? 's' : ''}` : '', skill.shownIn ? `in ${skill.shownIn} of the top accomplishments` : ''].filter(Boolean).join(', ');
      out.push(`- ${skill.name}: ${skill.weight} (${why})`);
    }
    out.push('');
  }
  if (emphasis.accomplishments.length > 0) out.push(`Lead with: ${emphasis.accomplishments.join(', ')}.`, '');
  if (emphasis.missingKeywords.length > 0) out.push(`Posting words found nowhere in your content (use them where they are true): ${emphasis.missingKeywords.join(', ')}.`, '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
