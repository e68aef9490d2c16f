import { PAPER } from './html.ts';
import { FEATURED_POINTS, IMPACT_POINTS, RECENCY_HALF_LIFE_YEARS, RECENCY_POINTS, describeScore } from '../../model/resume/ranking.ts';
import { SKILL_EVIDENCE_COUNTED, SKILL_EVIDENCE_POINTS, SKILL_LEVEL_POINTS, bulletLimit, type Decision, type ResumeView, type SkillDecision } from '../../model/resume/selection.ts';
import type { Resume } from '../../../schemas/resume.ts';
import type { Visibility } from '../../../schemas/index.ts';

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

function ordinal(rank: number): string {
  const tens = rank % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[rank % 10] ?? 'th';
  return `${rank}${suffix}`;
}

/** `emphasis 3 ×2 +6, level advanced +2, evidence 4 +1.2`: a skill's score as the sum it is. */
function skillScoreParts(decision: SkillDecision, variant: Resume): string {
  const { skill } = decision;
  const weight = variant.emphasis.skills[skill.id] ?? 0;
  const evidence = Math.min(skill.evidence.length, SKILL_EVIDENCE_COUNTED);
  const parts = [weight !== 0 ? `emphasis ${weight} ×2 ${weight > 0 ? '+' : '−'}${Math.abs(weight * 2)}` : '', `level ${skill.data.level} +${SKILL_LEVEL_POINTS[skill.data.level]}`, evidence > 0 ? `evidence ${skill.evidence.length} +${(evidence * SKILL_EVIDENCE_POINTS).toFixed(1)}` : 'no evidence'];
  return parts.filter(Boolean).join(', ');
}

/** The rule that put a skill in or kept it out, in the variant's own field names. */
function skillReason(decision: SkillDecision, variant: Resume, lastShown: SkillDecision | undefined): string {
  const { skill } = decision;
  switch (decision.reason) {
    case 'shown':
      return `ranked ${ordinal(decision.rank!)}: ${skillScoreParts(decision, variant)}`;
    case 'over-limit': {
      const tie = lastShown !== undefined && lastShown.score.toFixed(2) === decision.score.toFixed(2) ? `; tied with ${lastShown.skill.id}, and ties go in name order` : '';
      return `over the limit: ranked ${ordinal(decision.rank!)}, and limits.skills keeps ${variant.limits.skills} (${skillScoreParts(decision, variant)}${tie})`;
    }
    case 'excluded':
      return 'excluded by the variant: listed in exclude.skills';
    case 'negative-weight':
      return `pushed out by the variant: emphasis.skills gives it ${variant.emphasis.skills[skill.id]}`;
    case 'below-level-floor':
      return `below the level floor: its level is learning, shown only when emphasis.skills gives it a positive weight`;
  }
}

/** Why each skill is in the skills section or not, and the skills this audience may not see at all. */
export interface SkillsExplained {
  decisions: readonly SkillDecision[];
  /** Skills left out before any rule, because of their own visibility. */
  hidden: readonly { id: string; visibility: Visibility }[];
}

function skillLines(skills: SkillsExplained, variant: Resume, audience: 'public' | 'resume'): string[] {
  const width = Math.max(0, ...skills.decisions.map((decision) => decision.skill.id.length), ...skills.hidden.map((skill) => skill.id.length));
  const lastShown = skills.decisions.filter((decision) => decision.included).at(-1);
  const lines = skills.decisions.map((decision) => {
    const score = decision.rank === undefined ? '     ' : decision.score.toFixed(2).padStart(5);
    return `  ${decision.included ? 'in ' : 'out'}  ${score}  ${decision.skill.id.padEnd(width)}  ${skillReason(decision, variant, lastShown)}`;
  });
  for (const skill of skills.hidden) {
    lines.push(`  out         ${skill.id.padEnd(width)}  visibility ${skill.visibility}: not for the ${audience} audience${skill.visibility === 'resume' ? ' (--audience resume shows it)' : ''}`);
  }
  return lines;
}

export function explainResume(view: ResumeView, audience: 'public' | 'resume', skills?: SkillsExplained): string {
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
  if (skills) {
    lines.push(
      `  Skills rank by the variant’s emphasis weight ×2, the level (expert ${SKILL_LEVEL_POINTS.expert}, advanced ${SKILL_LEVEL_POINTS.advanced}, working ${SKILL_LEVEL_POINTS.working}, learning ${SKILL_LEVEL_POINTS.learning}) and ${SKILL_EVIDENCE_POINTS} for each accomplishment showing it (up to ${SKILL_EVIDENCE_COUNTED}).`,
      ...skillLines(skills, variant, audience),
    );
  }
  lines.push(`Learning (limits.learning ${variant.limits.learning}): ${view.learning.map((entry) => entry.title).join(' · ') || 'none'}`);
  lines.push(`Sections, in order: ${view.sections.join(', ')}`);
  if (variant.fit === 'auto') {
    lines.push('');
    lines.push(`fit: auto — if the printed resume runs over ${variant.pages} page${variant.pages > 1 ? 's' : ''}, the build leaves out the lowest-ranked shown bullets, in this order, and lists them: ${view.dropOrder.slice(0, 6).join(', ')}${view.dropOrder.length > 6 ? ', …' : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
