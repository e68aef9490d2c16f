import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from 'resumed';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { median } from '../../src/lib/bench/measure.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { renderResumeArticle } from '../../src/lib/render/resume/html.ts';
import { selectResume } from '../../src/lib/model/resume/selection.ts';
import { visibleContent } from '../../src/lib/model/visibility.ts';

/** Repeats `work` and returns the median milliseconds, after one untimed warm-up. */
async function timeMedian(repeats: number, work: () => unknown): Promise<number> {
  await work();
  const times: number[] = [];
  for (let run = 0; run < repeats; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return median(times);
}

/**
 * Per resume variant, in one process: Cairn's selection + HTML against resumed rendering the
 * same resume (the JSON Resume document Cairn exported for it) with jsonresume-theme-even.
 * Both run in-process, so neither pays for starting Node.
 */
export async function benchResumeRendering(contentDir: string, builtSite: string, runs: number): Promise<string[]> {
  const theme = (await import('jsonresume-theme-even')) as unknown as Parameters<typeof render>[1];
  const { content } = loadContent(contentDir);
  const lines = ['| variant | Cairn: selection + HTML | resumed + even: render | ratio |', '| --- | ---: | ---: | ---: |'];
  const repeats = Math.max(5, runs * 5);
  let modelMs = 0;
  modelMs = await timeMedian(repeats, () => buildModel(visibleContent(content, 'public')));
  const model = buildModel(visibleContent(content, 'public'));
  const documents = new Map<string, Parameters<typeof render>[0]>();
  for (const resume of model.resumes) {
    const jsonFile = path.join(builtSite, 'resume', `${resume.id}.json`);
    if (!existsSync(jsonFile)) continue;
    const document = JSON.parse(readFileSync(jsonFile, 'utf8')) as Parameters<typeof render>[0];
    documents.set(resume.id, document);
    const cairn = await timeMedian(repeats, () => renderResumeArticle(selectResume(model, resume.id)));
    const resumed = await timeMedian(repeats, () => render(document, theme));
    lines.push(`| ${resume.id} | ${cairn.toFixed(2)} ms | ${resumed.toFixed(2)} ms | ${(cairn / resumed).toFixed(2)} × |`);
  }
  // The rows above reuse one model, so its one-off work (the selection index) is paid in the
  // warm-up; this line pays it inside the timing, from a model built afresh each time.
  const ids = [...documents.keys()];
  const cairnAll = await timeMedian(repeats, () => {
    const fresh = buildModel(visibleContent(content, 'public'));
    for (const id of ids) renderResumeArticle(selectResume(fresh, id));
  });
  const resumedAll = await timeMedian(repeats, async () => {
    for (const document of documents.values()) await render(document, theme);
  });
  lines.push(
    '',
    `Building the model from loaded content (shared by every variant): ${modelMs.toFixed(2)} ms.`,
    `All ${ids.length} variants from a model built afresh (model, selection index, every selection and its HTML): ${cairnAll.toFixed(2)} ms; resumed + even rendering the same ${ids.length}: ${resumedAll.toFixed(2)} ms (${(cairnAll / resumedAll).toFixed(2)} ×).`,
  );
  return lines;
}
