import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../src/lib/content/load-content.ts';
import { isVisibleTo, visibleContent } from '../../../../src/lib/model/visibility.ts';
import { collectSecrets } from '../../../../src/lib/privacy/secrets.ts';
import { COLLECTION_NAMES, CONTENT_TYPES } from '../../../../src/schemas/index.ts';
import { mdx, minimalContent, writeContentFolder } from '../../../support/content-fixture.ts';

const loaded = () =>
  loadContent(
    writeContentFolder({
      ...minimalContent(),
      'roles/secret-gig.mdx': mdx('organisation: Stealth\ntitle: Advisor\nstart: "2023-01"\nsummary: Advising.\nvisibility: private'),
      'accomplishments/2023-02-01-stealth.mdx': mdx('title: Stealth win\ndate: "2023-02-01"\nrole: secret-gig\nbullet: Won it.'),
      'skills/negotiation.mdx': mdx('name: Negotiation\ncategory: Leadership\nlevel: working\nvisibility: resume'),
      'accomplishments/2021-06-01-deal.mdx': mdx('title: Closed a deal\ndate: "2021-06-01"\nrole: acme\nskills: [go, negotiation]\nbullet: Closed it.\nvisibility: resume'),
      'goals/lead.mdx': mdx('title: Lead a team\nhorizon: 12-months\ntargetDate: "2027-06"'),
    }),
  ).content;

describe('isVisibleTo', () => {
  it('shows each audience its own level and the more open ones', () => {
    expect(isVisibleTo('public', 'public')).toBe(true);
    expect(isVisibleTo('resume', 'public')).toBe(false);
    expect(isVisibleTo('resume', 'resume')).toBe(true);
    expect(isVisibleTo('private', 'resume')).toBe(false);
    expect(isVisibleTo('private', 'private')).toBe(true);
  });
});

describe('visibleContent', () => {
  it('keeps only public entries and contact fields for the website', () => {
    const view = visibleContent(loaded(), 'public');
    expect(view.accomplishments.map((entry) => entry.id).sort()).toEqual(['2018-03-02-billing', '2021-05-04-latency']);
    expect(Object.keys(view.profile[0]!.data.contact)).toEqual(['email']);
    expect(view.skills.map((skill) => skill.id)).toEqual(['go', 'kubernetes']);
    expect(view.goals).toEqual([]);
  });

  it('shows a draft accomplishment to its author only, even when its visibility says public', () => {
    const content = loadContent(
      writeContentFolder({
        ...minimalContent(),
        'accomplishments/2023-03-01-harvested.mdx': mdx('title: Sped up ledger reports\ndate: "2023-03-01"\nrole: acme\nbullet: Sped up ledger reports.\nvisibility: public\ndraft: true\nharvestedFrom: { repository: ledger, pullRequest: 12, commits: [3f2a9c1d4e5b] }', 'Harvested from ledger: the Quillback rewrite of the report queries.\n'),
      }),
    );
    expect(content.problems).toEqual([]);
    const ids = (audience: 'public' | 'resume' | 'private') => visibleContent(content.content, audience).accomplishments.map((entry) => entry.id);
    expect(ids('public')).not.toContain('2023-03-01-harvested');
    expect(ids('resume')).not.toContain('2023-03-01-harvested');
    expect(ids('private')).toContain('2023-03-01-harvested');
    // So the privacy guard counts its text as a secret that must not reach dist/.
    expect(collectSecrets(content.content).map((secret) => secret.value)).toContain('Harvested from ledger: the Quillback rewrite of the report queries.');
  });

  it('never shows an accomplishment of a hidden role, even when the accomplishment is public', () => {
    const view = visibleContent(loaded(), 'public');
    expect(view.roles.map((role) => role.id)).not.toContain('secret-gig');
    expect(view.accomplishments.map((entry) => entry.id)).not.toContain('2023-02-01-stealth');
  });

  it('gives resumes the resume-level phone and entries, but not private ones', () => {
    const view = visibleContent(loaded(), 'resume');
    expect(Object.keys(view.profile[0]!.data.contact).sort()).toEqual(['email', 'phone']);
    expect(view.accomplishments.map((entry) => entry.id)).toContain('2021-06-01-deal');
    expect(view.accomplishments.map((entry) => entry.id)).not.toContain('2022-07-01-secret-reorg');
  });

  it('drops references to skills the audience cannot see', () => {
    const view = visibleContent(loaded(), 'resume');
    expect(view.accomplishments.find((entry) => entry.id === '2021-06-01-deal')?.data.skills).toEqual(['go', 'negotiation']);
    const resumeOnlySkillHidden = visibleContent({ ...loaded() }, 'public');
    expect(resumeOnlySkillHidden.skills.map((skill) => skill.id)).not.toContain('negotiation');
  });

  it('follows each content type’s row in CONTENT_TYPES: a type marked private reaches the private audience only', () => {
    const content = loaded();
    const privateTypes = COLLECTION_NAMES.filter((name) => CONTENT_TYPES[name].visibility === 'private');
    expect(privateTypes).toEqual(['goals', 'network', 'interviews']);
    for (const name of privateTypes) {
      expect(visibleContent(content, 'public')[name], name).toEqual([]);
      expect(visibleContent(content, 'resume')[name], name).toEqual([]);
      expect(visibleContent(content, 'private')[name], name).toEqual(content[name]);
    }
    expect(visibleContent(content, 'private').goals).toHaveLength(1);
  });

  it('gives goals to the private audience only', () => {
    expect(visibleContent(loaded(), 'private').goals.map((goal) => goal.id)).toEqual(['lead']);
    expect(visibleContent(loaded(), 'resume').goals).toEqual([]);
  });
});

describe('visibleContent: the private journal', () => {
  const journal = () =>
    loadContent(
      writeContentFolder({
        ...minimalContent(),
        'network/priya-raman.mdx': mdx('name: Priya Raman\norganisation: Kestrel Freight\nlastContact: "2026-10-30"'),
        'interviews/2026-09-17-fernhill.mdx': mdx('company: Fernhill Energy\nposition: Head of Platform\nstage: final\ndate: "2026-09-17"'),
      }),
    ).content;

  it('gives network contacts and interviews to the private audience only', () => {
    expect(visibleContent(journal(), 'private').network.map((entry) => entry.id)).toEqual(['priya-raman']);
    expect(visibleContent(journal(), 'private').interviews.map((entry) => entry.id)).toEqual(['2026-09-17-fernhill']);
    for (const audience of ['public', 'resume'] as const) {
      expect(visibleContent(journal(), audience).network).toEqual([]);
      expect(visibleContent(journal(), audience).interviews).toEqual([]);
    }
  });
});
