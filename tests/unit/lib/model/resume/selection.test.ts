import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../../../src/lib/model/model.ts';
import { loadContent } from '../../../../../src/lib/content/load-content.ts';
import { visibleContent } from '../../../../../src/lib/model/visibility.ts';
import { asOfDate, bulletLimit, selectResume, shownBullets, type ResumeView } from '../../../../../src/lib/model/resume/selection.ts';
import { contentFolder, modelFor, resumeFile } from '../../render/resume/fixtures.ts';

function resumeOf(frontmatter: string, options: { audience?: 'public' | 'resume'; drop?: string[] } = {}): ResumeView {
  const model = modelFor(contentFolder(resumeFile('path', frontmatter)), options.audience ?? 'public');
  return selectResume(model, 'path', { drop: options.drop ?? [] });
}

const bulletsOf = (view: ResumeView, role: string) => view.roles.find((entry) => entry.id === role)?.bullets.map((bullet) => bullet.id) ?? [];
const allBullets = (view: ResumeView) => shownBullets(view).map((bullet) => bullet.id);
const reasonFor = (view: ResumeView, id: string) => view.decisions.find((decision) => decision.id === id)?.reason;

describe('selectResume: ranking', () => {
  it('speaks from the newest date in the content, not from the clock', () => {
    expect(asOfDate(modelFor(contentFolder()))).toBe('2023-02-01');
  });

  it('puts the bullets a variant emphasises first within each role', () => {
    const plain = resumeOf('limits: { bulletsPerRole: 2 }');
    const performance = resumeOf('emphasis: { tags: { performance: 3 } }\nlimits: { bulletsPerRole: 2 }');
    // Without emphasis the newest bullet with measured impact leads; with it, the performance work does.
    expect(bulletsOf(plain, 'acme')).toEqual(['2023-02-01-cluster-upgrade', '2021-05-04-latency']);
    expect(bulletsOf(performance, 'acme')).toEqual(['2021-05-04-latency', '2022-10-10-go-service']);
  });

  it('lets a negative weight push a bullet down', () => {
    const view = resumeOf('emphasis: { skills: { kubernetes: -5 } }\nlimits: { bulletsPerRole: 1 }');
    expect(bulletsOf(view, 'acme')).not.toContain('2023-02-01-cluster-upgrade');
    expect(bulletsOf(view, 'initech')).toEqual(['2019-05-20-invoice-export']);
  });

  it('lists roles newest first, with their dates as Mon YYYY – Mon YYYY', () => {
    const view = resumeOf('');
    expect(view.roles.map((role) => [role.id, role.dates])).toEqual([
      ['acme', 'Jan 2020 – Present'],
      ['initech', 'Sep 2016 – Dec 2019'],
    ]);
  });
});

describe('selectResume: pins', () => {
  it('always shows pinned accomplishments, first in their role and in pin order, inside the role’s limit', () => {
    const view = resumeOf('pinned: [2021-09-15-mentoring-scheme, 2021-05-04-latency]\nlimits: { bulletsPerRole: 3 }');
    expect(bulletsOf(view, 'acme')).toEqual(['2021-09-15-mentoring-scheme', '2021-05-04-latency', '2023-02-01-cluster-upgrade']);
    expect(shownBullets(view).filter((bullet) => bullet.pinned).map((bullet) => bullet.pinned)).toEqual([1, 2]);
  });

  it('keeps a pin past filters and limits that would leave it out', () => {
    const view = resumeOf('pinned: [2017-01-09-first-deploy]\nexclude: { skills: [kubernetes] }\nlimits: { bulletsPerRole: 0, years: 1 }');
    expect(allBullets(view)).toEqual(['2017-01-09-first-deploy']);
    expect(view.roles.map((role) => role.id)).toContain('initech');
  });

  it('never lets a fit drop a pinned bullet, and never offers one to drop', () => {
    const view = resumeOf('pinned: [2021-05-04-latency]', { drop: ['2021-05-04-latency'] });
    expect(allBullets(view)).toContain('2021-05-04-latency');
    expect(view.dropOrder).not.toContain('2021-05-04-latency');
  });
});

describe('selectResume: filters', () => {
  it('keeps only what matches every include list', () => {
    const view = resumeOf('include: { skills: [go], roles: [acme] }');
    expect(view.roles.map((role) => role.id)).toEqual(['acme']);
    // Both name Go; the older one leads on its measured impact and featured flag.
    expect(allBullets(view)).toEqual(['2021-05-04-latency', '2022-10-10-go-service']);
    expect(reasonFor(view, '2023-02-01-cluster-upgrade')).toBe('left out: names none of include.skills [go]');
  });

  it('leaves out what matches any exclude list, and says which', () => {
    const view = resumeOf('exclude: { tags: [billing], accomplishments: [2021-05-04-latency] }\nlimits: { bulletsPerRole: 9 }');
    expect(allBullets(view)).not.toContain('2019-05-20-invoice-export');
    expect(allBullets(view)).not.toContain('2021-05-04-latency');
    expect(reasonFor(view, '2019-05-20-invoice-export')).toBe('left out: has tag billing (exclude.tags)');
    expect(reasonFor(view, '2021-05-04-latency')).toBe('left out: listed in exclude.accomplishments');
  });

  it('drops a whole role named in exclude.roles', () => {
    const view = resumeOf('exclude: { roles: [initech] }');
    expect(view.roles.map((role) => role.id)).toEqual(['acme']);
    expect(reasonFor(view, '2018-03-02-billing')).toBe('left out: its role initech is in exclude.roles');
  });

  it('reads date bounds at their own precision: to "2021" includes all of 2021', () => {
    const view = resumeOf('include: { from: "2021", to: "2021" }\nlimits: { bulletsPerRole: 9 }');
    expect(allBullets(view).sort()).toEqual(['2021-05-04-latency', '2021-09-15-mentoring-scheme']);
    const excluded = resumeOf('exclude: { from: "2019-01", to: "2021-06" }\nlimits: { bulletsPerRole: 9 }');
    expect(allBullets(excluded).filter((id) => id >= '2019-01' && id < '2021-07')).toEqual([]);
    expect(allBullets(excluded)).toContain('2018-03-02-billing');
  });
});

describe('selectResume: limits', () => {
  it('takes bullets per role from a list, newest role first, the last number for older roles', () => {
    const view = resumeOf('limits: { bulletsPerRole: [3, 1] }');
    expect(bulletsOf(view, 'acme')).toHaveLength(3);
    expect(bulletsOf(view, 'initech')).toHaveLength(1);
    expect(reasonFor(view, bulletsOf(resumeOf('limits: { bulletsPerRole: 9 }'), 'initech')[1]!)).toMatch(/over limits.bulletsPerRole \(1 for this role\)/);
  });

  it('shows only the newest roles with limits.roles', () => {
    expect(resumeOf('limits: { roles: 1 }').roles.map((role) => role.id)).toEqual(['acme']);
  });

  it('counts years of history back from the newest accomplishment', () => {
    // 4 years before 2023-02-01 is 2019-02: Initech ended after that, so it stays, but its older bullets go.
    const four = resumeOf('limits: { years: 4, bulletsPerRole: 9 }');
    expect(bulletsOf(four, 'initech')).toEqual(['2019-05-20-invoice-export']);
    expect(reasonFor(four, '2017-01-09-first-deploy')).toBe('left out: older than 4 years (limits.years)');
    // 3 years back is 2020-02: Initech ended in 2019, so the whole role goes.
    expect(resumeOf('limits: { years: 3 }').roles.map((role) => role.id)).toEqual(['acme']);
  });

  it('limits the skills and learning sections', () => {
    const view = resumeOf('limits: { skills: 1 }\nemphasis: { skills: { kubernetes: 2 } }');
    expect(view.skills.flatMap((group) => group.skills.map((skill) => skill.id))).toEqual(['kubernetes']);
  });

  it('reads a single number or a list as the bullet limit of a role', () => {
    const model = modelFor(contentFolder(resumeFile('path', 'limits: { bulletsPerRole: [5, 2] }')));
    const variant = model.resumes[0]!.data;
    expect([0, 1, 2, 7].map((position) => bulletLimit(variant, position))).toEqual([5, 2, 2, 2]);
  });
});

describe('selectResume: determinism and visibility', () => {
  it('gives the same resume whatever order the files were read in', () => {
    const folder = contentFolder(resumeFile('path', 'emphasis: { tags: { reliability: 1 } }'));
    const { content } = loadContent(folder);
    const reversed = Object.fromEntries(Object.entries(content).map(([name, entries]) => [name, [...entries].reverse()])) as typeof content;
    const a = selectResume(buildModel(visibleContent(content, 'public')), 'path');
    const b = selectResume(buildModel(visibleContent(reversed, 'public')), 'path');
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('gives the same resume from a model that already served other variants as from a fresh one', () => {
    const folder = contentFolder({
      ...resumeFile('first', 'emphasis: { skills: { go: 5 } }\nlimits: { bulletsPerRole: 1 }\npinned: [2017-01-09-first-deploy]'),
      ...resumeFile('second', 'emphasis: { tags: { reliability: 3 } }\nexclude: { roles: [initech] }'),
    });
    const shared = modelFor(folder);
    const early = selectResume(shared, 'second');
    selectResume(shared, 'first', { drop: early.dropOrder });
    const late = selectResume(shared, 'second');
    const fresh = selectResume(modelFor(folder), 'second');
    expect(JSON.stringify(early)).toBe(JSON.stringify(fresh));
    expect(JSON.stringify(late)).toBe(JSON.stringify(fresh));
    expect(JSON.stringify(selectResume(shared, 'first'))).toBe(JSON.stringify(selectResume(modelFor(folder), 'first')));
  });

  it('keeps resume-level entries and contact details out of the public resume and puts them in the direct-send one', () => {
    const publicView = resumeOf('limits: { bulletsPerRole: 9 }');
    const directView = resumeOf('limits: { bulletsPerRole: 9 }', { audience: 'resume' });
    expect(publicView.person.phone).toBeUndefined();
    expect(allBullets(publicView)).not.toContain('2020-06-01-on-call-rota');
    expect(directView.person.phone).toBe('+44 7700 900123');
    expect(allBullets(directView)).toContain('2020-06-01-on-call-rota');
    for (const view of [publicView, directView]) {
      expect(view.person.address).toBeUndefined();
      expect(allBullets(view)).not.toContain('2022-07-01-secret-reorg');
      expect(view.decisions.map((decision) => decision.id)).not.toContain('2022-07-01-secret-reorg');
    }
  });
});

describe('selectResume: fitting and explaining', () => {
  it('offers the shown, unpinned bullets to drop, lowest-ranked first', () => {
    const view = resumeOf('limits: { bulletsPerRole: 9 }');
    const scores = view.dropOrder.map((id) => view.decisions.find((decision) => decision.id === id)!.score.total);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(new Set(view.dropOrder)).toEqual(new Set(allBullets(view)));
  });

  it('leaves out what a fit drops and says so', () => {
    const full = resumeOf('limits: { bulletsPerRole: 9 }');
    const fitted = resumeOf('limits: { bulletsPerRole: 9 }', { drop: full.dropOrder.slice(0, 2) });
    expect(allBullets(fitted)).toEqual(allBullets(full).filter((id) => !full.dropOrder.slice(0, 2).includes(id)));
    expect(reasonFor(fitted, full.dropOrder[0]!)).toBe('dropped to fit 1 page (fit: auto; ranked lowest)');
  });

  it('has a decision with a reason for every accomplishment the audience may see', () => {
    const view = resumeOf('limits: { bulletsPerRole: 1 }');
    expect(view.decisions).toHaveLength(7);
    for (const decision of view.decisions) expect(decision.reason).toMatch(/^(ranked|pinned|left out)/);
    expect(view.decisions.filter((decision) => decision.included).map((decision) => decision.id).sort()).toEqual(allBullets(view).sort());
  });

  it('writes the decisions when they are first read, once, and leaves them out of the view as JSON', () => {
    const view = resumeOf('limits: { bulletsPerRole: 1 }');
    expect(JSON.stringify(view)).not.toContain('"decisions"');
    expect(JSON.stringify(view)).not.toContain('left out');
    expect(view.decisions).toBe(view.decisions);
    expect(view.decisions.some((decision) => !decision.included)).toBe(true);
  });

  it('falls back to the value proposition when the variant has no summary', () => {
    const model = modelFor(contentFolder(resumeFile('path', '', '')));
    expect(selectResume(model, 'path').summary).toBe('I make slow systems fast.');
  });
});
