import { HtmlValidate } from 'html-validate';
import type { GateResult } from './gate.ts';

/**
 * The rules the pages are held to: html-validate's recommended set, minus the rules about how
 * the HTML source is formatted (Astro writes it compressed), which say nothing about validity.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'no-trailing-whitespace': 'off',
    'attr-quotes': 'off',
    'void-style': 'off',
    'no-inline-style': 'off',
    'long-title': 'off',
    'doctype-style': 'off',
  },
});

export async function checkHtmlValidity(pages: readonly { path: string; html: string }[]): Promise<GateResult> {
  const failures: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(page.html, page.path);
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity < 2) continue;
        failures.push(`${page.path}:${message.line}:${message.column}  ${message.ruleId}  ${message.message}`);
      }
    }
  }
  return {
    name: 'html',
    ok: failures.length === 0,
    summary: `${pages.length} pages validated with html-validate, ${failures.length} errors`,
    failures,
  };
}
