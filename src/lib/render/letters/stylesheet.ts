/**
 * The letter sheet, layered on resume.css: the letterhead is the resume's header, drawn by
 * resume.css; this adds the parts of a letter and the page. A letter is read as prose, so it gets
 * wider margins and larger type than the resume's dense sheet (about 80 characters a line), in the
 * same faces: Inter under the branded design, Source Serif under the plain one. Kept as a string
 * so the printed document and the self-contained out/ copy embed exactly the same rules.
 */
export const LETTER_CSS = `
@page cover-letter-letter { size: letter; margin: 0.7in 0.95in 0.75in; }
@page cover-letter-a4 { size: A4; margin: 18mm 24mm 19mm; }

.resume.cover-letter {
  --resume-pad: 0.7in 0.95in 0.75in;
  font-size: 10.5pt;
  line-height: 1.5;
}
.resume.cover-letter[data-paper='letter'] { page: cover-letter-letter; }
.resume.cover-letter[data-paper='a4'] { page: cover-letter-a4; --resume-pad: 18mm 24mm 19mm; }
.cover-letter .resume-header { margin-bottom: 0; }
.cover-letter .letter-date { margin-top: 24pt; color: var(--resume-muted); font-variant-numeric: lining-nums; }
.cover-letter .letter-recipient { margin-top: 12pt; line-height: 1.4; }
.cover-letter .letter-subject { margin-top: 14pt; font-weight: 600; color: var(--resume-brand); }
.cover-letter .letter-greeting { margin-top: 12pt; }
.cover-letter .letter-body { margin-top: 8pt; }
.cover-letter .letter-body :where(p, ul, ol, blockquote) { margin: 0; }
.cover-letter .letter-body > * + * { margin-top: 9pt; }
.cover-letter .letter-body :where(ul, ol) { padding-left: 14pt; }
.cover-letter .letter-body ul { list-style: disc; }
.cover-letter .letter-body ol { list-style: decimal; }
.cover-letter .letter-body li + li { margin-top: 2pt; }
.cover-letter .letter-body li::marker { color: var(--resume-accent); }
.cover-letter .letter-body a { text-decoration: underline; text-decoration-thickness: 0.5pt; text-underline-offset: 1.5pt; }
.cover-letter .letter-closing { margin-top: 14pt; break-after: avoid; }
.cover-letter .letter-signature { margin-top: 4pt; font-family: var(--resume-serif); font-size: 12pt; font-weight: 600; color: var(--resume-brand); }

.resume.cover-letter[data-design='plain'] { font-size: 11pt; line-height: 1.45; }
.resume.cover-letter[data-design='plain'] .letter-subject { color: #111; }
.resume.cover-letter[data-design='plain'] .letter-signature { color: #111; font-size: 11pt; }
.resume.cover-letter[data-design='plain'] .letter-body li::marker { color: #111; }
`;
