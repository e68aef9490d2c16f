import { accessSync, constants, mkdtempSync, statfsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileSystemReason } from './file-system-errors.ts';

/**
 * The temporary folder (`TMPDIR`, else the system's) cannot be written: missing, full, read-only.
 * Every build and several commands need it for a moment, so this is said in one line with the
 * folder and the fix, as a mistake of the machine's set-up rather than a bug (no stack trace).
 */
export class TemporaryFolderError extends Error {
  /** Read by the commands' runner (scripts/lib/cli.ts): print the message, exit 1. */
  readonly isUserError = true;
  /** The message does not say which command it stopped: the runner puts the command's name first. */
  readonly namesNoCommand = true;
  constructor(reason: string, full: boolean) {
    const fix = full ? 'free some space there, or set TMPDIR to a folder with room' : 'set TMPDIR to a folder that exists and can be written';
    super(`the temporary folder ${os.tmpdir()} cannot be used: ${reason}; ${fix}`);
    this.name = 'TemporaryFolderError';
  }
}

/** `error` as a TemporaryFolderError when the file system refused it for a reason a person can fix; otherwise `error` itself. */
export function asTemporaryFolderError(error: unknown): unknown {
  const reason = fileSystemReason(error);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return reason ? new TemporaryFolderError(reason, code === 'ENOSPC' || code === 'EDQUOT') : error;
}

/** A new private folder in the temporary folder, named `<prefix>XXXXXX`; a TemporaryFolderError when it cannot be made. */
export function makeScratchFolder(prefix: string): string {
  try {
    return mkdtempSync(path.join(os.tmpdir(), prefix));
  } catch (error) {
    throw asTemporaryFolderError(error);
  }
}

/** Below this much free space the temporary folder counts as full: a browser needs some for each PDF it prints. */
const TOO_LITTLE_SPACE = 8 * 1024 * 1024;

/**
 * What is wrong with the temporary folder, if anything: missing, not writable, or (nearly) full.
 * For telling a failure inside another program (the browser writes each PDF there first) from a
 * bug, after that program failed.
 */
export function temporaryFolderProblem(): TemporaryFolderError | undefined {
  const folder = os.tmpdir();
  try {
    accessSync(folder, constants.W_OK);
    const { bavail, bsize } = statfsSync(folder);
    if (bavail * bsize < TOO_LITTLE_SPACE) return new TemporaryFolderError('the disk is full', true);
    return undefined;
  } catch (error) {
    const problem = asTemporaryFolderError(error);
    return problem instanceof TemporaryFolderError ? problem : undefined;
  }
}
