import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagesOf, recordPageRendered, recordPagesToBuild, recordStage, sumStages, timeSideBySide, timeStage } from '../../../../src/lib/build/stage-timer.ts';

const timingsFile = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-stage-timer-')), 'timings.jsonl');
const after = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const stagesIn = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { stage: string }).stage);

describe('timeSideBySide', () => {
  it('starts every stage before any has finished, each in the order given until it first waits', async () => {
    const events: string[] = [];
    const stage = (name: string, ms: number) => ({
      stage: name,
      work: async () => {
        events.push(`${name} started`);
        await after(ms);
        events.push(`${name} finished`);
      },
    });
    await timeSideBySide(undefined, 'together', [stage('images', 30), stage('resumes', 10)]);
    expect(events).toEqual(['images started', 'resumes started', 'resumes finished', 'images finished']);
  });

  it('records each stage’s own time in the order given whatever finished first, then their time together', async () => {
    const file = timingsFile();
    await timeSideBySide(file, 'side by side', [
      { stage: 'slow', work: () => after(60) },
      { stage: 'fast', work: () => after(40) },
    ]);
    expect(stagesIn(file)).toEqual(['slow', 'fast', 'side by side']);
    const times = sumStages(readFileSync(file, 'utf8'));
    expect(times.get('slow')).toBeGreaterThanOrEqual(55);
    expect(times.get('fast')).toBeLessThan(times.get('slow')!);
    // Side by side, not one after the other: together is the slow one's time, not the sum.
    expect(times.get('side by side')).toBeLessThan(times.get('slow')! + times.get('fast')!);
    expect(times.get('side by side')).toBeGreaterThanOrEqual(times.get('slow')!);
  });

  it('runs every stage to its end when another fails at once, and gives back each outcome in order', async () => {
    let finished = false;
    const outcomes = await timeSideBySide(undefined, 'together', [
      {
        stage: 'fails',
        work: () => {
          throw new Error('a card does not fit');
        },
      },
      {
        stage: 'keeps writing',
        work: async () => {
          await after(20);
          finished = true;
          return 'written';
        },
      },
    ]);
    expect(finished).toBe(true);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'fulfilled']);
    expect(outcomes[0]).toMatchObject({ reason: new Error('a card does not fit') });
    expect(outcomes[1]).toMatchObject({ value: 'written' });
  });

  it('leaves out a stage without a name, which times its own steps', async () => {
    const file = timingsFile();
    await timeSideBySide(file, 'together', [{ stage: 'resumes', work: () => after(10) }, { work: () => timeStage(file, 'images written', () => after(5)) }]);
    expect(stagesIn(file)).toEqual(['images written', 'resumes', 'together']);
  });
});

describe('the pages a build reports beside its stages', () => {
  it('tells the pages rendered from those copied from the cache, and leaves them out of the stage times', () => {
    const file = timingsFile();
    recordStage(file, 'content sync and set-up', 120);
    recordPagesToBuild(file, ['/', '/work/', '/rss.xml']);
    recordPageRendered(file, '/work/', 12.34);
    recordPageRendered(file, '/', 8);
    recordStage(file, 'pages', 300);
    const lines = readFileSync(file, 'utf8');
    expect(pagesOf(lines)).toEqual({ rendered: ['/work/', '/'], copied: ['/rss.xml'] });
    expect([...sumStages(lines)]).toEqual([['content sync and set-up', 120], ['pages', 300]]);
  });

  it('reports no page when Astro did not run, and writes nothing without a timings file', () => {
    expect(pagesOf('{"stage":"unchanged-build check","ms":40}\n')).toEqual({ rendered: [], copied: [] });
    expect(() => recordPageRendered(undefined, '/', 1)).not.toThrow();
  });
});
