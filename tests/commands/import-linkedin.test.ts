import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipExport } from '../support/linkedin-export.ts';
import { runCommand } from './run.ts';

/** A scratch folder holding `file` (bytes); the import writes into `<folder>/content`. */
function scratchWith(name: string, bytes: Uint8Array): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cairn-linkedin-'));
  writeFileSync(path.join(folder, name), bytes);
  return folder;
}

const importFile = (cwd: string, name: string) => runCommand('import-json-resume', [name, '--content', 'content'], { cwd });

/** Sets the uncompressed size every entry declares, as a ZIP bomb's headers do. */
function declaring(zip: Uint8Array, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  for (let at = 0; at < bytes.length - 4; at++) {
    if (view.getUint32(at, true) === 0x04034b50) view.setUint32(at + 22, size, true);
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return bytes;
}

describe('npm run import -- <LinkedIn export>.zip', () => {
  it('writes the content of a full export, which then passes npm run check', () => {
    const cwd = scratchWith('Complete_LinkedInDataExport_11-20-2026.zip', zipExport('full'));
    const result = importFile(cwd, 'Complete_LinkedInDataExport_11-20-2026.zip');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^import: wrote 27 files to content\/ \(5 accomplishments, 1 awards, 2 education, 2 learning, 1 profile, 1 projects, 1 publications, 1 references, 1 resumes, 4 roles, 8 skills\)\n/);
    expect(result.stdout).toContain('  Positions.csv row 2 (Aegean Freight Systems), Description  4 lines, 3 of them bullets  → the summary and 3 highlights, an accomplishment each\n');
    expect(result.stdout).toContain('  - Recommendations_Received.csv: 1 recommendation is not VISIBLE on your LinkedIn profile');
    expect(readFileSync(path.join(cwd, 'content/profile.mdx'), 'utf8')).toContain('name: Ελένη Παπαδοπούλου\n');
    const check = runCommand('check', ['--content-only', '--content', 'content'], { cwd });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('knows an export by its bytes, whatever the file is called, and finds it in a folder inside the ZIP', () => {
    const cwd = scratchWith('export.download', zipExport('nested'));
    const result = importFile(cwd, 'export.download');
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(cwd, 'content/profile.mdx'), 'utf8')).toContain('name: 佐藤美咲\n');
  });

  const positions = `Company Name,Title,Description,Location,Started On,Finished On\n${'Acme,Engineer,,,Jan 2020,\n'.repeat(2000)}`;
  const bad: [string, () => Uint8Array, RegExp][] = [
    ['a ZIP that is not a LinkedIn export', () => zipSync({ 'photos/cat.jpg': new Uint8Array(10) }), /^import: export\.zip: it is not a LinkedIn data export: it holds neither Profile\.csv nor Positions\.csv \(request one at linkedin\.com: Settings, Data privacy, Get a copy of your data\)\. Nothing was written\.$/],
    ['a ZIP cut short in the download', () => zipExport('full').slice(0, 3000), /^import: export\.zip: it is not a ZIP archive that can be read \(.+\): it may be cut short or damaged, so download it again\. Nothing was written\.$/],
    ['a ZIP bomb', () => declaring(zipExport('full'), 9 * 1024 * 1024), /^import: export\.zip: its files would inflate to more than 50 MB; a LinkedIn export is a few megabytes, so this is not one\. Nothing was written\.$/],
    ['a 50 MB file', () => { const big = new Uint8Array(50 * 1024 * 1024); big.set([0x50, 0x4b, 0x03, 0x04]); return big; }, /^import: export\.zip is 50\.0 MB; a LinkedIn data export is a few megabytes \(at most 30 MB is read\), so this is not one\. Nothing was written\.$/],
    ['an export of 2,000 positions', () => zipExport('basic', { 'Positions.csv': positions }), /^import: export\.zip: Positions\.csv has 2,000 rows; a career has far fewer \(at most 500 are read\), so this is not one person's LinkedIn export\. Nothing was written\.$/],
  ];
  it.each(bad)('refuses %s in one line, exits 1 and writes nothing', (_what, make, message) => {
    const cwd = scratchWith('export.zip', make());
    const result = importFile(cwd, 'export.zip');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^[^\n]+\n$/);
    expect(result.stderr.trimEnd()).toMatch(message);
    expect(existsSync(path.join(cwd, 'content')) ? readdirSync(path.join(cwd, 'content'), { recursive: true }) : []).toEqual([]);
  });
});
