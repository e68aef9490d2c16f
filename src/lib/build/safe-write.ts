import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export class FileExistsError extends Error {
  readonly file: string;
  constructor(file: string) {
    super(`${file} already exists; pass --force to overwrite it`);
    this.name = 'FileExistsError';
    this.file = file;
  }
}

/**
 * Writes a file completely or not at all: the text goes to a temporary file beside the target,
 * which is then renamed over it, so a crash never leaves half a file. Refuses to replace an
 * existing file unless `overwrite` is set, because the files we write are often a person's own.
 */
export function writeFileAtomically(file: string, contents: string | Uint8Array, options: { overwrite?: boolean } = {}): void {
  if (!options.overwrite && existsSync(file)) throw new FileExistsError(file);
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, contents, { flag: 'wx' });
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
