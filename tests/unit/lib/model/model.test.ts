import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../src/lib/content/load-content.ts';
import { buildModel } from '../../../../src/lib/model/model.ts';
import { mdx, minimalContent, writeContentFolder } from '../../../support/content-fixture.ts';

function modelOf(files: Record<string, string>) {
  return buildModel(loadContent(writeContentFolder(files)).content);
}

describe('buildModel', () => {
  it('lists accomplishments newest first', () => {
    expect(modelOf(minimalContent()).accomplishments.map((entry) => entry.data.date)).toEqual(['2022-07-01', '2021-05-04', '2018-03-02']);
  });

  it('lists the current role first, then past roles by end date', () => {
    const model = modelOf({
      ...minimalContent(),
      'roles/intern.mdx': mdx('organisation: Tiny\ntitle: Intern\nstart: "2015-06"\nend: "2015-09"\nsummary: Summer.'),
    });
    expect(model.roles.map((role) => role.id)).toEqual(['acme', 'initech', 'intern']);
  });

  it('derives each skill’s evidence from the accomplishments that name it, newest first', () => {
    const model = modelOf(minimalContent());
    expect(model.skillById.get('go')?.evidence).toEqual(['2022-07-01-secret-reorg', '2021-05-04-latency', '2018-03-02-billing']);
    expect(model.skillById.get('go')?.lastUsed).toBe('2022-07-01');
    expect(model.skillById.get('kubernetes')?.evidence).toEqual(['2018-03-02-billing']);
  });

  it('is deterministic: the same content gives the same order whatever the file order', () => {
    const { content } = loadContent(writeContentFolder(minimalContent()));
    const reversed = { ...content, accomplishments: [...content.accomplishments].reverse(), skills: [...content.skills].reverse() };
    const ids = (model: ReturnType<typeof buildModel>) => [model.accomplishments.map((e) => e.id), model.skills.map((s) => s.id)];
    expect(ids(buildModel(reversed))).toEqual(ids(buildModel(content)));
  });
});
