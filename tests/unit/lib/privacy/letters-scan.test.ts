import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanLetterCopies, secretsForLetter } from '../../../../src/lib/privacy/letters-scan.ts';
import { collectSecrets } from '../../../../src/lib/privacy/secrets.ts';
import { mdx } from '../../../support/content-fixture.ts';
import { BASIC_LETTER, letterFile, loadLetters } from '../render/letters/fixtures.ts';

const INTERVIEW = { 'interviews/2026-02-01-globex.mdx': mdx('company: Globex Corporation\nposition: Platform Lead\nstage: onsite\ndate: "2026-02-01"', '\nThey asked about the Falcon migration at length.\n') };

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cairn-letters-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  return folder;
}

describe('the privacy check of out/letters/', () => {
  const content = loadLetters({
    ...INTERVIEW,
    ...letterFile('globex', BASIC_LETTER.replace('company: Globex', 'company: Globex Corporation'), 'I enjoyed meeting Globex Corporation last month and would like to join.\n'),
    ...letterFile('other', BASIC_LETTER, 'A different private letter that nobody else should read.\n'),
  });

  it('lets a private letter’s copy say what the letter says, including words your private notes share', () => {
    const own = secretsForLetter(collectSecrets(content, 'resume'), content.letters.find((letter) => letter.id === 'globex')!);
    expect(own.map((secret) => secret.value)).not.toContain('Globex Corporation');
    expect(own.map((secret) => secret.value)).not.toContain('I enjoyed meeting Globex Corporation last month and would like to join.');
    // Still secret: the interview's own notes and the other letter.
    expect(own.map((secret) => secret.value)).toContain('They asked about the Falcon migration at length.');
    expect(own.map((secret) => secret.value)).toContain('A different private letter that nobody else should read.');
  });

  const scan = (files: Record<string, string>) => scanLetterCopies(folderWith(files), content, mkdtempSync(path.join(os.tmpdir(), 'cairn-pdf-text-'))).map((leak) => `${path.basename(leak.file)} ${path.basename(leak.secret.source)} ${leak.secret.field} ${leak.secret.value}`);

  it('finds another letter’s private words and your private notes in a copy, and passes a copy of the letter’s own words and phone', () => {
    expect(
      scan({
        'globex.txt': 'I enjoyed meeting Globex Corporation last month and would like to join.\nPhone: +44 7700 900123\n',
        'other.txt': 'A different private letter that nobody else should read.\nThey asked about the Falcon migration at length.\nI enjoyed meeting Globex Corporation last month and would like to join.\n',
      }),
    ).toEqual([
      'other.txt 2026-02-01-globex.mdx company Globex Corporation',
      'other.txt 2026-02-01-globex.mdx body They asked about the Falcon migration at length.',
      'other.txt globex.mdx company Globex Corporation',
      'other.txt globex.mdx body I enjoyed meeting Globex Corporation last month and would like to join.',
    ]);
  });

  it('finds the private address in a letter copy, once for its field', () => {
    expect(scan({ 'globex.txt': 'Write to me at 12 Quiet Lane, Leeds LS1 4AB.\n' })).toEqual(['globex.txt profile.mdx contact.address 12 Quiet Lane, Leeds LS1 4AB']);
  });

  it('does not count the words a letter prints by default as a leak of a letter that writes them out', () => {
    const courteous = loadLetters({
      ...letterFile('initech', BASIC_LETTER.replace('Grace Hopper', 'Hiring Manager'), 'I would like to join Initech.\n'),
      ...letterFile('umbrella', `${BASIC_LETTER}\ngreeting: "Dear Hiring Manager,"\nclosing: "Kind regards,"`, 'I would like to join Umbrella.\n'),
    });
    const initech = secretsForLetter(collectSecrets(courteous, 'resume'), courteous.letters.find((letter) => letter.id === 'initech')!).map((secret) => secret.value);
    expect(initech).not.toContain('Kind regards,');
    expect(initech).not.toContain('Dear Hiring Manager,');
    // The other letter's own words stay secret.
    expect(initech).toContain('I would like to join Umbrella.');
  });
});
