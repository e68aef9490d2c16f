import { describe, expect, it } from 'vitest';
import { contentCheckStage, contentCheckWhileEditing } from '../../../src/integrations/stages/content-check.ts';
import { devProblems } from '../../../src/integrations/dev-problems.ts';
import { mdx, minimalContent, writeContentFolder } from '../../support/content-fixture.ts';
import { recordingLogger, testContext } from '../../support/build-context.ts';

const broken = () => testContext(writeContentFolder({ ...minimalContent(), 'skills/sql.mdx': mdx('name: SQL\ncategory: Data\nlevel: guru\nsince: 2015') }));
const fixed = () => testContext(writeContentFolder(minimalContent()));

describe('the content check', () => {
  it('fails a build on any problem, naming file, line and field, without a stack trace', () => {
    const { logger } = recordingLogger();
    let error: (Error & { hint?: string }) | undefined;
    try {
      contentCheckStage(broken(), { command: 'build', publicDir: '/nonexistent', logger });
    } catch (caught) {
      error = caught as Error & { hint?: string };
    }
    expect(error?.message).toMatch(/^1 problem in your content:\n.*skills\/sql\.mdx:4 {2}level {2}/);
    expect(error?.stack).toBe('');
  });

  it('does not stop astro dev, and leaves the report to the dev server so it is said once', () => {
    const { logger, warnings } = recordingLogger();
    contentCheckStage(broken(), { command: 'dev', publicDir: '/nonexistent', logger });
    expect(warnings).toEqual([]);
    contentCheckStage(broken(), { command: 'sync', publicDir: '/nonexistent', logger });
    expect(warnings).toEqual([expect.stringMatching(/^1 problem in your content:/)]);
  });

  it('hands the problems of each read to the dev server’s pages, and none once fixed', () => {
    const check = contentCheckWhileEditing('/nonexistent', recordingLogger().logger);
    check(broken());
    expect(devProblems().problems.map((problem) => `${problem.file.split('/').slice(-2).join('/')}:${problem.line} ${problem.field}`)).toEqual(['skills/sql.mdx:4 level']);
    check(fixed());
    expect(devProblems().problems).toEqual([]);
  });

  it('while editing, says each read’s problems once, and when the last one is fixed', () => {
    const { logger, warnings, info } = recordingLogger();
    const check = contentCheckWhileEditing('/nonexistent', logger);
    const first = broken();
    check(first);
    check(first);
    check(fixed());
    check(fixed());
    expect(warnings).toEqual([expect.stringMatching(/skills\/sql\.mdx:4 {2}level/)]);
    expect(info).toEqual(['the content has no problems any more']);
  });
});
