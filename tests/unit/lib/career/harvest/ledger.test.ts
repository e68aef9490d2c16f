import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../../src/lib/content/load-content.ts';
import { readLedger, rememberPiece } from '../../../../../src/lib/career/harvest/ledger.ts';
import { CAREER_FIXTURE } from '../fixture.ts';
import { cpSync } from 'node:fs';

const folder = () => mkdtempSync(path.join(os.tmpdir(), 'cairn-ledger-'));

describe('the harvest ledger', () => {
  it('is empty before the first harvest, and remembers each piece after', () => {
    const dir = folder();
    expect(readLedger(dir)).toEqual({ ok: true, ledger: { pieces: [] }, harvested: new Set() });
    rememberPiece(dir, { file: 'accomplishments/a.mdx', repository: 'ledger', commits: ['aaa', 'bbb'] });
    rememberPiece(dir, { file: 'accomplishments/b.mdx', repository: 'ledger', commits: ['ccc'] });
    const read = readLedger(dir);
    expect(read.ok && [...read.harvested]).toEqual(['aaa', 'bbb', 'ccc']);
    expect(readFileSync(path.join(dir, '.harvest.json'), 'utf8')).toContain('\n    {"file":"accomplishments/b.mdx","repository":"ledger","commits":["ccc"]}\n  ]\n}\n');
  });

  it('refuses a file that is not a ledger, and never replaces it', () => {
    const dir = folder();
    writeFileSync(path.join(dir, '.harvest.json'), '{"pieces": [{"file": 3}]}');
    expect(readLedger(dir)).toEqual({ ok: false, reason: expect.stringMatching(/^is not a harvest ledger/) });
    expect(() => rememberPiece(dir, { file: 'x', repository: 'r', commits: [] })).toThrow(/is not a harvest ledger/);
    expect(readFileSync(path.join(dir, '.harvest.json'), 'utf8')).toBe('{"pieces": [{"file": 3}]}');
  });

  it('is not read as content: check and the build skip it', () => {
    const dir = folder();
    cpSync(CAREER_FIXTURE, dir, { recursive: true });
    rememberPiece(dir, { file: 'accomplishments/a.mdx', repository: 'ledger', commits: ['aaa'] });
    expect(loadContent(dir).problems).toEqual([]);
  });
});
