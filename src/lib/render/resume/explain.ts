import { PAPER } from './html.ts';
import { FEATURED_POINTS, IMPACT_POINTS, RECENCY_HALF_LIFE_YEARS, RECENCY_POINTS, describeScore } from '../../model/resume/ranking.ts';
import { bulletLimit, type Decision, type ResumeView } from '../../model/resume/selection.ts';

/**
 * Why each bullet made the cut or not, as text for `npm run resume:explain`: the rules, the
 * score of every accomplishment spelled out as a sum, and the reason for every decision.
 */

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function decisionLines(decision: Decision): string[] {
  const mark = decision.included ? 'in ' : 'out';
  return [
    `  ${mark}  ${decision.score.total.toFixed(2).padStart(5)}  ${decision.id}  ${decision.reason}`,
    `              ${describeScore(decision.score)}`,
    `              “${cut(decision.bullet, 110)}”`,
  ];
}

export function explainResume(view: ResumeView, audience: 'public' | 'resume'): string {
  const { variant } = view;
  const lines: string[] = [];
  lines.push(`Resume "${view.id}": ${variant.title}, for ${variant.targetRole}`);
  lines.push(`audience: ${audience === 'public' ? 'public (the website’s copy; --audience resume for the direct-send copy)' : 'resume (the direct-send copy in out/resumes/)'}`);
  lines.push(`as of ${view.asOf} (the newest date in your content); ${PAPER[variant.paper].label}, at most ${variant.pages} page${variant.pages > 1 ? 's' : ''}, fit: ${variant.fit}, design: ${variant.design}`);
  lines.push('');
  lines.push(
    `Scores add up the variant’s emphasis weights for a bullet’s skills and tags, recency (${RECENCY_POINTS} points, halving every ${RECENCY_HALF_LIFE_YEARS} years before the as-of date), ` +
      `${IMPACT_POINTS} for a measured impact and ${FEATURED_POINTS} for a featured one. Pinned bullets come first under their role; then the best-ranked, up to the role’s limit.`,
  );

  const byId = new Map(view.decisions.map((decision) => [decision.id, decision]));
  const shown = new Set(view.roles.flatMap((role) => role.bullets.map((bullet) => bullet.id)));
  lines.push('');
  lines.push(`Experience: ${shown.size} bullet${shown.size === 1 ? '' : 's'} in ${view.roles.length} role${view.roles.length === 1 ? '' : 's'}`);
  for (const [position, role] of view.roles.entries()) {
    lines.push('');
    lines.push(`${role.title}, ${role.organisation} (${role.dates}): ${role.bullets.length} of at most ${bulletLimit(variant, position)} bullets`);
    const decisions = view.decisions.filter((decision) => decision.role === role.id);
    const ordered = [...role.bullets.map((bullet) => byId.get(bullet.id)!), ...decisions.filter((decision) => !shown.has(decision.id))];
    for (const decision of ordered) lines.push(...decisionLines(decision));
  }
  const elsewhere = view.decisions.filter((decision) => !view.roles.some((role) => role.id === decision.role));
  if (elsewhere.length > 0) {
    lines.push('');
    lines.push('In roles this variant leaves out:');
    for (const decision of elsewhere) lines.push(...decisionLines(decision));
  }

  lines.push('');
  lines.push(`Skills (limits.skills ${variant.limits.skills}): ${view.skills.map((group) => `${group.category}: ${group.skills.map((skill) => skill.name).join(', ')}`).join(' · ') || 'none'}`);
  lines.push(`Learning (limits.learning ${variant.limits.learning}): ${view.learning.map((entry) => entry.title).join(' · ') || 'none'}`);
  lines.push(`Sections, in order: ${view.sections.join(', ')}`);
  if (variant.fit === 'auto') {
    lines.push('');
    lines.push(`fit: auto — if the printed resume runs over ${variant.pages} page${variant.pages > 1 ? 's' : ''}, the build leaves out the lowest-ranked shown bullets, in this order, and lists them: ${view.dropOrder.slice(0, 6).join(', ')}${view.dropOrder.length > 6 ? ', …' : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
