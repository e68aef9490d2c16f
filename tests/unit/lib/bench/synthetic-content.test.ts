import { describe, expect, it } from 'vitest';
import { syntheticContent } from '../../../../src/lib/bench/synthetic-content.ts';
import { loadContent } from '../../../../src/lib/content/load-content.ts';
import { checkContentRules } from '../../../../src/lib/content/content-rules.ts';
import { writeContentFolder } from '../../../support/content-fixture.ts';

describe('synthetic benchmark content', () => {
  it('passes every schema and cross-reference rule', () => {
    const { files, roles, skills } = syntheticContent(300);
    const { content, problems } = loadContent(writeContentFolder(Object.fromEntries(files)));
    expect([...problems, ...checkContentRules(content)]).toEqual([]);
    expect(content.accomplishments).toHaveLength(300);
    expect(content.roles).toHaveLength(roles);
    expect(content.skills).toHaveLength(skills);
    expect(content.resumes).toHaveLength(10);
    expect(content.pitches).toHaveLength(10);
  });

  it('is the same for the same seed and size', () => {
    expect([...syntheticContent(50).files]).toEqual([...syntheticContent(50).files]);
  });

  it('grows roles and skills with the log', () => {
    expect(syntheticContent(1000).roles).toBe(20);
    expect(syntheticContent(5000).skills).toBe(200);
  });
});

describe('synthetic content at awkward sizes', () => {
  it.each([40, 100, 101])('keeps every accomplishment inside its role at %i', (size) => {
    const { content, problems } = loadContent(writeContentFolder(Object.fromEntries(syntheticContent(size).files)));
    expect([...problems, ...checkContentRules(content)]).toEqual([]);
  });
});
