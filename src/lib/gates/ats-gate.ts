import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildContext, PublishedAudience } from '../model/build-context.ts';
import { selectResume, shownBullets, type ResumeView } from '../model/resume/selection.ts';
import { directSendFolder, languageFolder, resumeSiteFiles } from '../render/resume/paths.ts';
import { atsExpectation } from './ats-expectation.ts';
import { readPdfForAts } from './ats-pdf-reading.ts';
import { readBack } from './ats-readback.ts';
import { copyReportJson, copyReportMarkdown, indexMarkdown, reportBaseName, type AtsCopyReport } from './ats-report.ts';
import type { GateResult } from './gate.ts';

/**
 * The `ats` gate of `npm run verify`: every resume PDF of a build, the website's and the
 * direct-send copies in every language, read back as a parser reads it and compared with the
 * selection it was printed from. A report per PDF goes to `<out>/ats/`; each problem is a line.
 */

export interface AtsGateOptions {
  context: BuildContext;
  /** The built site. */
  dist: string;
  /** The folder of direct-send copies' parent (`out/`); reports go to its `ats/`. */
  out: string;
  /** Where the reports go instead. */
  reports?: string | undefined;
}

interface Copy {
  pdf: string;
  text: string;
  language: string;
  audience: PublishedAudience;
  id: string;
}

const shown = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
};

function copiesOf({ context, dist, out }: AtsGateOptions): Copy[] {
  const outFolder = directSendFolder(dist, out);
  return context.languages.flatMap((language) => {
    const suffix = language === context.defaultLanguage ? '' : `.${language}`;
    const website = context.model(language, 'public').resumes.map((entry): Copy => {
      const files = resumeSiteFiles(entry.id, languageFolder(language, context.languages));
      return { pdf: path.join(dist, files.pdf), text: path.join(dist, files.txt), language, audience: 'public', id: entry.id };
    });
    const direct = context.model(language, 'resume').resumes.map((entry): Copy => ({ pdf: path.join(outFolder, `${entry.id}${suffix}.pdf`), text: path.join(outFolder, `${entry.id}${suffix}.txt`), language, audience: 'resume', id: entry.id }));
    return [...website, ...direct];
  });
}

/**
 * The selection as printed: the fit may have left bullets out, and the plain-text copy written
 * beside the PDF from the same selection says which.
 */
function printedView(context: BuildContext, copy: Copy): ResumeView {
  const full = context.resume(copy.language, copy.audience, copy.id);
  if (!existsSync(copy.text)) return full;
  const written = new Set(readFileSync(copy.text, 'utf8').split('\n'));
  const drop = shownBullets(full).filter((bullet) => !written.has(`- ${bullet.text}`)).map((bullet) => bullet.id);
  return drop.length > 0 ? selectResume(context.model(copy.language, copy.audience), copy.id, { drop }) : full;
}

export async function checkAtsReadback(options: AtsGateOptions): Promise<GateResult> {
  const started = performance.now();
  const { context } = options;
  const accomplishmentFiles = new Map(context.load.content.accomplishments.map((entry) => [entry.id, entry.file]));
  const source = (id: string) => `${accomplishmentFiles.get(id) ?? `${id}.mdx`} bullet`;
  const reportFolder = path.resolve(options.reports ?? path.join(options.out, 'ats'));
  // Reports of variants that no longer exist would mislead: the folder is written afresh.
  rmSync(reportFolder, { recursive: true, force: true });
  mkdirSync(reportFolder, { recursive: true });

  const failures: string[] = [];
  const reports: AtsCopyReport[] = [];
  for (const copy of copiesOf(options)) {
    if (!existsSync(copy.pdf)) {
      failures.push(`${shown(copy.pdf)}  missing: the build printed no PDF for resume "${copy.id}"; build with Chrome or Chromium installed (or CHROME_PATH set)`);
      continue;
    }
    const view = printedView(context, copy);
    const readback = readBack(await readPdfForAts(readFileSync(copy.pdf)), atsExpectation(view, source));
    const report: AtsCopyReport = { pdf: shown(copy.pdf), id: copy.id, language: copy.language, copy: copy.audience === 'public' ? 'website' : 'direct-send', design: view.variant.design, name: view.person.name, showsPhone: view.person.phone !== undefined, readback };
    reports.push(report);
    writeFileSync(path.join(reportFolder, `${reportBaseName(report)}.json`), copyReportJson(report));
    writeFileSync(path.join(reportFolder, `${reportBaseName(report)}.md`), copyReportMarkdown(report));
    for (const finding of readback.findings) if (finding.severity === 'problem') failures.push(`${report.pdf}  ${finding.check}: ${finding.message}`);
  }
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(path.join(reportFolder, 'index.md'), indexMarkdown(reports, seconds));
  const lines = reports.reduce((sum, report) => ({ matched: sum.matched + report.readback.lines.matched, expected: sum.expected + report.readback.lines.expected }), { matched: 0, expected: 0 });
  const warnings = reports.reduce((sum, report) => sum + report.readback.findings.filter((finding) => finding.severity === 'warning').length, 0);
  return {
    name: 'ats',
    ok: failures.length === 0,
    summary: `${reports.length} resume PDFs read back as a parser reads them in ${seconds.toFixed(1)} s: ${lines.matched} of ${lines.expected} bullets and lines whole, ${failures.length} problem${failures.length === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}; reports in ${shown(reportFolder)}/`,
    failures,
  };
}
