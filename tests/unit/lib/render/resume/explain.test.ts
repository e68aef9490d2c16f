import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { explainResume } from '../../../../../src/lib/render/resume/explain.ts';
import { selectResume, skillDecisions } from '../../../../../src/lib/model/resume/selection.ts';
import { mdx } from '../../../../support/content-fixture.ts';
import { PROJECT_ROOT } from '../../../../support/astro-build.ts';
import { contentFolder, modelFor, resumeFile } from './fixtures.ts';

describe('explainResume', () => {
  const folder = contentFolder(resumeFile('path', 'pinned: [2017-01-09-first-deploy]\nexclude: { tags: [billing] }\nemphasis: { tags: { performance: 2 } }\nlimits: { bulletsPerRole: 2 }'));
  const text = explainResume(selectResume(modelFor(folder), 'path'), 'public');

  it('gives every visible accomplishment a line with its score as a sum and the rule that decided it', () => {
    // Six years old: recency 2 × ½^(6.06/3) = 0.49, and pinned all the same.
    expect(text).toMatch(/ {2}in {4}0\.49 {2}2017-01-09-first-deploy {2}pinned \(1st in pinned\)\n {14}recency \+0\.49\n/);
    expect(text).toMatch(/ {2}out +\d+\.\d\d {2}2019-05-20-invoice-export {2}left out: has tag billing \(exclude\.tags\)/);
    expect(text).toMatch(/ {2}in +\d+\.\d\d {2}2021-05-04-latency {2}ranked 1st of \d in its role\n {14}tag performance \+2, recency \+[\d.]+, impact \+1, featured \+0\.5/);
    expect(text.match(/^ {2}(in |out) /gm)).toHaveLength(7);
  });

  it('states the rules and the fit before the details', () => {
    expect(text).toContain('Scores add up the variant’s emphasis weights');
    expect(text).toContain('fit: auto — if the printed resume runs over 1 page');
  });
});

describe('explainResume: skills', () => {
  const skill = (id: string, level: string, visibility = 'public') => ({ [`skills/${id}.mdx`]: mdx(`name: ${id}\ncategory: Tools\nlevel: ${level}\nvisibility: ${visibility}`) });
  const folder = contentFolder({
    ...resumeFile('skills', 'exclude: { skills: [go] }\nemphasis: { skills: { terraform: -1 } }\nlimits: { skills: 1 }'),
    ...skill('rust', 'learning'),
    ...skill('terraform', 'working'),
    ...skill('python', 'working'),
  });
  const model = modelFor(folder);
  const view = selectResume(model, 'skills');
  const text = explainResume(view, 'public', { decisions: skillDecisions(model, view.variant), hidden: [{ id: 'negotiation', visibility: 'resume' }] });
  const line = (id: string) => text.split('\n').find((row) => new RegExp(`^ {2}(in |out) {2}.{5} {2}${id} `).test(row));

  it('says why each skill is in, with its score as a sum', () => {
    expect(line('kubernetes')).toMatch(/^ {2}in +\d\.\d\d {2}kubernetes +ranked 1st: level advanced \+2, evidence \d \+\d\.\d$/);
  });

  it('says why each skill is out: excluded, weighted down, below the level floor, over the limit, or hidden', () => {
    expect(line('go')).toMatch(/excluded by the variant: listed in exclude\.skills$/);
    expect(line('terraform')).toMatch(/pushed out by the variant: emphasis\.skills gives it -1$/);
    expect(line('rust')).toMatch(/below the level floor: its level is learning, shown only when emphasis\.skills gives it a positive weight$/);
    expect(line('python')).toMatch(/over the limit: ranked 2nd, and limits\.skills keeps 1 \(level working \+1, no evidence\)$/);
    expect(text).toMatch(/ {2}out {9}negotiation +visibility resume: not for the public audience \(--audience resume shows it\)\n/);
  });
});

describe('npm run resume:explain', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/resume-explain.ts', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });

  it('explains a sample variant', () => {
    const result = run('platform-lead');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Resume "platform-lead": Platform engineering lead, for Engineering Manager, Platform\n/);
  });

  it('suggests the variant meant when the name is misspelt, without a stack trace', () => {
    const result = run('platfrom-lead');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('resume:explain: no variant "platfrom-lead" in content/resumes/ (did you mean "platform-lead"?); variants: general, platform-lead, staff-sre\n');
  });
});
