import { randomInt } from 'node:crypto';
import { constants, copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export class FileExistsError extends Error {
  readonly file: string;
  constructor(file: string) {
    super(`${file} already exists; pass --force to overwrite it`);
    this.name = 'FileExistsError';
    this.file = file;
  }
}

/** Error codes of a file system that has no hard links (FAT, some network and FUSE mounts). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/**
 * Writes a file completely or not at all: the bytes go to a temporary file beside the target,
 * which then becomes the target in one step, so a reader never sees half a file. Refuses to
 * replace an existing file unless `overwrite` is set, because the files we write are often a
 * person's own: then the temporary file is hard-linked to the target, which fails atomically when
 * the name is taken, so of two writers racing for one name exactly one wins and the other is told.
 */
export function writeFileAtomically(file: string, contents: string | Uint8Array, options: { overwrite?: boolean } = {}): void {
  mkdirSync(path.dirname(file), { recursive: true });
  // Digits only, so cache pruning recognises a temporary file a crash left behind.
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomInt(2 ** 47)}.tmp`);
  try {
    writeFileSync(temporary, contents, { flag: 'wx' });
    if (options.overwrite) renameSync(temporary, file);
    else claim(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Gives `temporary`'s bytes the name `file` only if no file has it, in one step. */
function claim(temporary: string, file: string): void {
  try {
    linkSync(temporary, file);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') throw new FileExistsError(file);
    if (!NO_HARD_LINKS.has(code)) throw error;
  }
  try {
    // Still exclusive without hard links, though a reader could see the copy while it grows.
    copyFileSync(temporary, file, constants.COPYFILE_EXCL);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(file);
    throw error;
  }
}

/** `<base><extension>` for the first, then `<base>-2<extension>`, `<base>-3<extension>` … */
function suffixed(base: string, suffix: number, extension: string): string {
  return suffix === 1 ? `${base}${extension}` : `${base}-${suffix}${extension}`;
}

/**
 * The first free file name `<base><ext>`, `<base>-2<ext>`, `<base>-3<ext>` … in `folder`, so a
 * second entry with the same date and title never replaces the first. Free when asked: only
 * `writeUnderFreeName` keeps it free until written.
 */
export function freeFileName(folder: string, base: string, extension = '.mdx'): string {
  return suffixed(base, firstFreeSuffix(folder, base, extension), extension);
}

function firstFreeSuffix(folder: string, base: string, extension: string): number {
  let suffix = 1;
  while (existsSync(path.join(folder, suffixed(base, suffix, extension)))) suffix++;
  return suffix;
}

/**
 * Writes a new file in `folder` under the first name of `freeFileName`'s series that is free at
 * the moment of writing, so concurrent writers of one title each get their own file and none is
 * lost. `contents` is asked for each name tried (it may check the file under that name). Returns
 * the path written.
 */
export function writeUnderFreeName(folder: string, base: string, extension: string, contents: (file: string) => string | Uint8Array): string {
  for (let suffix = firstFreeSuffix(folder, base, extension); ; suffix++) {
    const file = path.join(folder, suffixed(base, suffix, extension));
    try {
      writeFileAtomically(file, contents(file));
      return file;
    } catch (error) {
      if (!(error instanceof FileExistsError)) throw error;
    }
  }
}
