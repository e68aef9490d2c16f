import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeScratchFolder, TemporaryFolderError, temporaryFolderProblem } from '../../../../src/lib/build/temporary-folder.ts';

const before = process.env['TMPDIR'];
afterEach(() => {
  if (before === undefined) delete process.env['TMPDIR'];
  else process.env['TMPDIR'] = before;
});

describe('the temporary folder', () => {
  it('is fine when it exists, can be written and has room', () => {
    expect(temporaryFolderProblem()).toBeUndefined();
    expect(makeScratchFolder('cairn-scratch-')).toMatch(/cairn-scratch-/);
  });

  it('names a missing folder and the fix, as a mistake of the set-up rather than a bug', () => {
    const missing = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-tmp-')), 'missing');
    process.env['TMPDIR'] = missing;
    const problem = temporaryFolderProblem();
    expect(problem).toBeInstanceOf(TemporaryFolderError);
    expect(problem?.message).toBe(`the temporary folder ${missing} cannot be used: no such folder; set TMPDIR to a folder that exists and can be written`);
    expect(problem).toMatchObject({ isUserError: true });
    expect(() => makeScratchFolder('cairn-scratch-')).toThrow(TemporaryFolderError);
  });
});
