import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../../src/lib/content/load-content.ts';
import { selectResume } from '../../../../../src/lib/model/resume/selection.ts';
import { diffLists, diffVariants, variantDiffMarkdown } from '../../../../../src/lib/model/resume/variant-diff.ts';
import { PROJECT_ROOT } from '../../../../support/astro-build.ts';
import { contentFolder, modelFor, resumeFile } from '../../render/resume/fixtures.ts';

const items = (...ids: string[]) => ids.map((id) => ({ id, label: id.toUpperCase() }));

describe('diffLists', () => {
  it('names what only one side has, in that side’s order', () => {
    const diff = diffLists(items('a', 'b', 'c', 'd'), items('e', 'c', 'a', 'f'));
    expect(diff.onlyA).toEqual(items('b', 'd'));
    expect(diff.onlyB).toEqual(items('e', 'f'));
    expect(diff.shared).toBe(2);
  });

  it('reports the shared items in each order when the order differs', () => {
    expect(diffLists(items('a', 'b', 'c'), items('c', 'x', 'a', 'b')).order).toEqual({ a: items('a', 'b', 'c'), b: items('c', 'a', 'b') });
  });

  it('reports no order change when the shared items keep their order, whatever lies between them', () => {
    expect(diffLists(items('a', 'x', 'b', 'c'), items('a', 'b', 'y', 'c')).order).toBeUndefined();
  });

  it('finds nothing between a list and itself, and nothing shared between disjoint lists', () => {
    expect(diffLists(items('a', 'b'), items('a', 'b'))).toEqual({ onlyA: [], onlyB: [], shared: 2, order: undefined });
    expect(diffLists(items('a'), items('b'))).toEqual({ onlyA: items('a'), onlyB: items('b'), shared: 0, order: undefined });
  });
});

/**
 * Two stories from the same person. `go` pins four Go accomplishments across both roles; `ops`
 * leaves Acme out, drops Go from its skills and pins three Initech accomplishments, two of them
 * shared with `go` but in the other order.
 */
const folder = contentFolder({
  ...resumeFile('go', 'pinned: [2021-05-04-latency, 2022-10-10-go-service, 2019-05-20-invoice-export, 2018-03-02-billing]\ninclude: { skills: [go] }'),
  ...resumeFile('ops', 'pinned: [2018-03-02-billing, 2019-05-20-invoice-export, 2017-01-09-first-deploy]\ninclude: { skills: [kubernetes] }\nexclude: { roles: [acme], skills: [go] }'),
});
const model = modelFor(folder, 'resume');
const titleOf = (id: string) => model.accomplishmentById.get(id)?.data.title;
const diff = diffVariants(selectResume(model, 'go'), selectResume(model, 'ops'), titleOf);

describe('diffVariants', () => {
  it('lists the accomplishments only one variant shows, by title', () => {
    expect(diff.accomplishments.onlyA).toEqual([
      { id: '2021-05-04-latency', label: 'Cut checkout latency' },
      { id: '2022-10-10-go-service', label: 'go service' },
    ]);
    expect(diff.accomplishments.onlyB).toEqual([{ id: '2017-01-09-first-deploy', label: 'first deploy' }]);
  });

  it('shows shared accomplishments in each variant’s order when the emphasis differs', () => {
    expect(diff.accomplishments.shared).toBe(2);
    expect(diff.accomplishments.order?.a.map((item) => item.id)).toEqual(['2019-05-20-invoice-export', '2018-03-02-billing']);
    expect(diff.accomplishments.order?.b.map((item) => item.id)).toEqual(['2018-03-02-billing', '2019-05-20-invoice-export']);
  });

  it('lists a role only one variant shows, as title and organisation', () => {
    expect(diff.roles).toEqual({ onlyA: [{ id: 'acme', label: 'Senior Engineer · Acme Corp' }], onlyB: [], shared: 1, order: undefined });
  });

  it('lists a skill one variant leaves out', () => {
    expect(diff.skills.onlyA).toEqual([{ id: 'go', label: 'Go' }]);
    expect(diff.skills.onlyB).toEqual([]);
  });

  it('counts resume-level accomplishments, which only the direct-send selection sees', () => {
    const both = contentFolder({ ...resumeFile('plain', ''), ...resumeFile('rota', 'pinned: [2020-06-01-on-call-rota]') });
    const direct = modelFor(both, 'resume');
    const onlyRota = diffVariants(selectResume(direct, 'plain'), selectResume(direct, 'rota')).accomplishments;
    expect(onlyRota.onlyB.map((item) => item.id)).toContain('2020-06-01-on-call-rota');
    const onPublic = modelFor(both, 'public');
    expect(diffVariants(selectResume(onPublic, 'plain'), selectResume(onPublic, 'rota')).accomplishments.onlyB.map((item) => item.id)).not.toContain('2020-06-01-on-call-rota');
  });

  it('finds no difference between a variant and itself', () => {
    const same = diffVariants(selectResume(model, 'go'), selectResume(model, 'go'), titleOf);
    for (const list of [same.accomplishments, same.roles, same.skills]) {
      expect(list.onlyA).toEqual([]);
      expect(list.onlyB).toEqual([]);
      expect(list.order).toBeUndefined();
    }
  });

  it('falls back to the bullet text for an accomplishment without a title', () => {
    const untitled = diffVariants(selectResume(model, 'go'), selectResume(model, 'ops'));
    expect(untitled.accomplishments.onlyB).toEqual([{ id: '2017-01-09-first-deploy', label: 'Did first deploy well.' }]);
  });
});

describe('variantDiffMarkdown', () => {
  const text = variantDiffMarkdown(diff);

  it('names both variants and each section', () => {
    expect(text.split('\n')[0]).toBe('# go vs ops');
    expect(text.match(/^## .+$/gm)).toEqual(['## Accomplishments', '## Roles', '## Skills']);
  });

  it('lists what only one side has under that side, and the two orders when they differ', () => {
    expect(text).toContain('Only in go (2):\n\n- Cut checkout latency\n- go service');
    expect(text).toContain('Only in ops (1):\n\n- first deploy');
    expect(text).toContain('Shared accomplishments (2), in a different order:\n\nIn go:\n\n1. invoice export\n2. Rebuilt the billing run\n\nIn ops:\n\n1. Rebuilt the billing run\n2. invoice export');
    expect(text).toContain('Only in ops: none.');
    expect(text).toContain('Shared roles (1), in the same order.');
  });
});

describe('npm run resume:diff', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/resume-diff.ts', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  const { content } = loadContent(path.join(PROJECT_ROOT, 'content'));
  const pci = content.accomplishments.find((entry) => entry.id === '2024-10-11-pci-evidence-automation')!;

  it('compares two sample variants as the direct-send versions, so a resume-level accomplishment counts', () => {
    expect(pci.data.visibility).toBe('resume');
    const result = run('general', 'staff-sre');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('# general vs staff-sre');
    const onlyStaff = /Only in staff-sre \(\d+\):\n\n((?:- .+\n)+)/.exec(result.stdout)?.[1] ?? '';
    expect(onlyStaff).toContain(`- ${pci.data.title}\n`);
  });

  it('writes the same comparison as JSON with --format json', () => {
    const result = run('general', 'staff-sre', '--format', 'json');
    expect(result.status, result.stderr).toBe(0);
    const diff = JSON.parse(result.stdout);
    expect([diff.a.id, diff.b.id]).toEqual(['general', 'staff-sre']);
    expect(diff.accomplishments.onlyB.map((item: { id: string }) => item.id)).toContain(pci.id);
  });

  it('names an unknown variant in one line with the likely meant one, and exits 1', () => {
    const result = run('general', 'staf-sre');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('resume:diff: no variant "staf-sre" (did you mean "staff-sre"?) in content/resumes/; variants: general, platform-lead, staff-sre\n');
  });
});
