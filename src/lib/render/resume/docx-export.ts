import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { ResumeSection } from '../../../schemas/resume.ts';
import { formatMonth } from '../../model/format.ts';
import { resumeSubject } from './document.ts';
import { PAPER } from './html.ts';
import { markdownToPlainText } from './markdown.ts';
import { employmentLabel, kindLabel, printedSections, sectionHeading, educationDetails } from './sections.ts';
import type { LinkView, ResumeView } from '../../model/resume/selection.ts';
import { listRows } from './list-sections.ts';

/**
 * The resume as a Word document, for recruiters and application forms that ask for .docx: built
 * with the `docx` package from the same view as the PDF and the text exports. Everything is real
 * Word structure — a Title, Heading 1 per section, Heading 2 per role, bulleted lists through a
 * numbering definition, hyperlinks that show their address — so Word, Google Docs and
 * applicant-tracking parsers read it as text. No tables, text boxes or images.
 */

const BULLETS = 'resume-bullets';
const FONT = 'Calibri';
/** Points to twentieths of a point (Word's page unit). */
const twips = (points: number) => Math.round(points * 20);

function hyperlink(url: string, text: string): ExternalHyperlink {
  return new ExternalHyperlink({ link: url, children: [new TextRun({ text, style: 'Hyperlink' })] });
}

function linkRun(link: LinkView): ExternalHyperlink {
  return hyperlink(link.url, link.text);
}

/** Parts joined with a middle dot, as on the PDF. */
function joined(parts: readonly (ParagraphChild | string)[]): ParagraphChild[] {
  return parts.flatMap((part, index) => [...(index > 0 ? [new TextRun(' · ')] : []), typeof part === 'string' ? new TextRun(part) : part]);
}

function header(view: ResumeView): Paragraph[] {
  const { person } = view;
  const contact: (ParagraphChild | string)[] = [
    ...(person.location ? [person.location] : []),
    ...(person.address ? [person.address] : []),
    ...(person.email ? [hyperlink(`mailto:${person.email}`, person.email)] : []),
    ...(person.phone ? [person.phone] : []),
    linkRun(person.site),
    ...(printedSections(view).includes('links') ? [] : person.links.map(linkRun)),
  ];
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(person.name)] }),
    new Paragraph({ children: [new TextRun({ text: person.headline, bold: true })] }),
    new Paragraph({ children: joined(contact), spacing: { after: 120 } }),
  ];
}

function bullet(text: string): Paragraph {
  return new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: [new TextRun(text)] });
}

function sectionParagraphs(view: ResumeView, section: ResumeSection): Paragraph[] {
  switch (section) {
    case 'summary':
      return markdownToPlainText(view.summary)
        .split('\n')
        .filter((line) => line.trim().length > 0)
        .map((line) => new Paragraph({ children: [new TextRun(line)] }));
    case 'experience':
      return view.roles.flatMap((role) => {
        const details = [role.dates, role.location, employmentLabel(view, role.employmentType)].filter((part): part is string => Boolean(part));
        return [
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`${role.title} · ${role.organisation}`)] }),
          new Paragraph({ children: [new TextRun({ text: details.join(' · '), italics: true })] }),
          ...(role.summary ? [new Paragraph({ children: [new TextRun(role.summary)] })] : []),
          ...role.bullets.map((item) => bullet(item.text)),
        ];
      });
    case 'skills':
      return view.skills.map((group) => new Paragraph({ children: [new TextRun({ text: `${group.category}: `, bold: true }), new TextRun(group.skills.map((skill) => skill.name).join(', '))] }));
    case 'education':
      return view.education.flatMap((entry) => {
        const { score, courses } = educationDetails(view, entry);
        return [
          new Paragraph({ children: [new TextRun({ text: entry.title, bold: true }), new TextRun(`, ${entry.institution}${score ? ` · ${score}` : ''}${entry.dates ? ` · ${entry.dates}` : ''}`)] }),
          ...(courses ? [new Paragraph({ children: [new TextRun(courses)] })] : []),
        ];
      });
    case 'learning':
      return view.learning.map((entry) => {
        const kind = kindLabel(view, entry.kind);
        return new Paragraph({
          children: [new TextRun(kind ? `${kind}: ` : ''), new TextRun({ text: entry.title, bold: true }), new TextRun(`, ${entry.institution} · ${formatMonth(entry.date, view.language)}`)],
        });
      });
    case 'links':
      return view.person.links.map((link) => new Paragraph({ children: [new TextRun(`${link.label}: `), hyperlink(link.url, link.url)] }));
    default:
      return listRows(view, section).flatMap((row) => [
        new Paragraph({ children: [new TextRun({ text: row.name, bold: true }), new TextRun(`${row.detail ? `, ${row.detail}` : ''}${row.dates ? ` · ${row.dates}` : ''}`)] }),
        ...row.lines.map((text) => bullet(text)),
      ]);
  }
}

function resumeDocument(view: ResumeView): Document {
  const paper = PAPER[view.variant.paper];
  const body = [...header(view), ...printedSections(view).flatMap((section) => [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(sectionHeading(view, section))] }), ...sectionParagraphs(view, section)])];
  return new Document({
    creator: view.person.name,
    lastModifiedBy: view.person.name,
    title: `${view.person.name} — ${view.variant.targetRole}`,
    subject: resumeSubject(view.person.name, view.variant.targetRole, view.variant.title, view.language),
    keywords: view.skills.flatMap((group) => group.skills.map((skill) => skill.name)).join(', '),
    styles: {
      default: {
        document: { run: { font: FONT, size: 21 }, paragraph: { spacing: { after: 60 } } },
        title: { run: { font: FONT, size: 40, bold: true, color: '1F2937' }, paragraph: { spacing: { after: 40 } } },
        heading1: { run: { font: FONT, size: 24, bold: true, color: '1F2937', allCaps: true }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 22, bold: true, color: '111827' }, paragraph: { spacing: { before: 160, after: 20 }, keepNext: true } },
        hyperlink: { run: { color: '1D4ED8', underline: {} } },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 240 } } } }],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: twips(paper.width), height: twips(paper.height) }, margin: { top: 900, bottom: 900, left: 1000, right: 1000 } } },
        children: body,
      },
    ],
  });
}

/**
 * Makes the package the same bytes for the same resume. `docx` stamps the document and every
 * zip entry with the current time and gives each hyperlink a random relationship id; here the
 * dates become the resume's as-of date and the ids are numbered in order.
 */
function deterministic(packed: Uint8Array, asOf: string): Uint8Array {
  const files = unzipSync(packed);
  const stamp = `${asOf}T00:00:00Z`;
  const rels = files['word/_rels/document.xml.rels'];
  const randomIds = rels ? [...new Set([...strFromU8(rels).matchAll(/Id="(rId[^"]+)"/g)].map((match) => match[1]!).filter((id) => !/^rId\d+$/.test(id)))] : [];
  const renamed = new Map(randomIds.map((id, index) => [id, `rIdLink${index + 1}`]));
  const [year, month, day] = asOf.split('-').map(Number);
  // fflate writes DOS times from local clock fields, so build the date from local fields too: the same on any time zone.
  // A ZIP entry's date can only say 1980 to 2099: content with no date at all (an as-of date of 1970) takes the first day it can.
  const mtime = year! < 1980 ? new Date(1980, 0, 1, 0, 0, 0) : new Date(Math.min(year!, 2099), month! - 1, day!, 0, 0, 0);
  const zippable: Zippable = {};
  for (const name of Object.keys(files).sort()) {
    let data = files[name]!;
    if (name === 'docProps/core.xml') {
      data = strToU8(strFromU8(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`));
    } else if (renamed.size > 0 && (name === 'word/document.xml' || name === 'word/_rels/document.xml.rels')) {
      data = strToU8(strFromU8(data).replace(/"(rId[^"]+)"/g, (whole, id: string) => (renamed.has(id) ? `"${renamed.get(id)}"` : whole)));
    }
    zippable[name] = [data, { mtime }];
  }
  return zipSync(zippable, { level: 6 });
}

/** The resume as `.docx` bytes. */
export async function resumeDocx(view: ResumeView): Promise<Uint8Array> {
  const packed = new Uint8Array(await Packer.toArrayBuffer(resumeDocument(view)));
  return deterministic(packed, view.asOf);
}
