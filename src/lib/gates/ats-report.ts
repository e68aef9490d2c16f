import type { AtsReadback, Tally } from './ats-readback.ts';

/**
 * The ATS read-back of one resume PDF as a file a person reads (Markdown) and one a program reads
 * (JSON), and the index of every copy: what a parser extracted and what went wrong.
 */

export interface AtsCopyReport {
  /** The PDF, relative to the working directory. */
  pdf: string;
  id: string;
  language: string;
  /** `website` (dist/) or `direct-send` (out/resumes/). */
  copy: 'website' | 'direct-send';
  design: string;
  name: string;
  /** Whether this copy prints a phone number. */
  showsPhone: boolean;
  readback: AtsReadback;
}

const tally = (count: Tally) => `${count.matched} / ${count.expected}`;
const cell = (text: string) => text.replace(/\|/g, '\\|');

export function copyReportJson(report: AtsCopyReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function copyReportMarkdown(report: AtsCopyReport): string {
  const { readback } = report;
  const problems = readback.findings.filter((finding) => finding.severity === 'problem');
  const warnings = readback.findings.filter((finding) => finding.severity === 'warning');
  return [
    `# ATS read-back: ${report.pdf}`,
    '',
    `Variant \`${report.id}\` (${report.language}, ${report.copy} copy), design \`${report.design}\`, read with pdf.js in drawing order.`,
    '',
    '| what | read back |',
    '| --- | --- |',
    `| first line (the name) | ${cell(readback.firstLine ?? '—')} |`,
    `| email | ${cell(readback.email ?? '—')} |`,
    `| phone | ${report.showsPhone ? cell(readback.phone ?? 'missing') : 'not on this copy'} |`,
    `| sections, in reading order | ${cell(readback.sections.join(', ') || '—')} |`,
    `| bullets and lines read whole | ${tally(readback.lines)} |`,
    `| dates read whole | ${tally(readback.dates)} |`,
    `| skills read whole | ${tally(readback.keywords)} |`,
    `| links | ${cell(readback.links.join(' ') || '—')} |`,
    `| pages (characters of text, images) | ${readback.pages.map((page) => `${page.number}: ${page.characters}, ${page.images}`).join('; ')} |`,
    '',
    `## Problems (${problems.length})`,
    '',
    ...(problems.length ? problems.map((finding) => `- ${finding.check}: ${finding.message}`) : ['None.']),
    '',
    `## Warnings (${warnings.length})`,
    '',
    ...(warnings.length ? warnings.map((finding) => `- ${finding.check}: ${finding.message}`) : ['None.']),
    '',
  ].join('\n');
}

/** One row per copy: the overview `out/ats/index.md` opens with. */
export function indexMarkdown(reports: readonly AtsCopyReport[], seconds: number): string {
  const count = (report: AtsCopyReport, severity: 'problem' | 'warning') => report.readback.findings.filter((finding) => finding.severity === severity).length;
  return [
    '# ATS read-back',
    '',
    `${reports.length} resume PDFs read back as a parser reads them, in ${seconds.toFixed(1)} s. Each row links its report.`,
    '',
    '| PDF | design | name first | email | phone | sections | bullets | dates | skills | problems | warnings |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...reports.map((report) => {
      const { readback } = report;
      return `| [${cell(report.pdf)}](${reportBaseName(report)}.md) | ${report.design} | ${readback.firstLine === report.name ? 'yes' : 'no'} | ${readback.email ? 'yes' : 'no'} | ${report.showsPhone ? (readback.phone ? 'yes' : 'no') : '—'} | ${cell(readback.sections.join(', '))} | ${tally(readback.lines)} | ${tally(readback.dates)} | ${tally(readback.keywords)} | ${count(report, 'problem')} | ${count(report, 'warning')} |`;
    }),
    '',
  ].join('\n');
}

/** The file name (without extension) of a copy's report: its PDF's path with separators as `_`. */
export function reportBaseName(report: Pick<AtsCopyReport, 'pdf'>): string {
  return report.pdf.replace(/[\\/]/g, '_').replace(/\.pdf$/, '');
}
