import { statSync } from 'node:fs';
import path from 'node:path';
import { environmentVariableOf, type CairnOptions } from './options.ts';

/** The options naming a folder a build keeps a cache in, and makes when it is missing. */
const CACHE_OPTIONS = ['imageCache', 'pdfCache', 'pdfTextCache', 'astroCache'] as const;

/** The file that stands where `folder` or one of the folders above it should be, if any. */
function fileInTheWay(folder: string): string | undefined {
  for (let at = folder; ; at = path.dirname(at)) {
    try {
      return statSync(at).isDirectory() ? undefined : at;
    } catch (error) {
      const { code } = error as NodeJS.ErrnoException;
      // Missing, or under a file: the folder above says which.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return undefined;
    }
    if (path.dirname(at) === at) return undefined;
  }
}

/**
 * One line for each cache option whose folder is a file, or lies under one: a build could neither
 * read nor write that cache, and would fail in whichever stage reached it first, in the file
 * system's words.
 */
export function cacheFolderProblems(options: Pick<CairnOptions, (typeof CACHE_OPTIONS)[number]>): string[] {
  return CACHE_OPTIONS.flatMap((option) => {
    const folder = options[option];
    const file = fileInTheWay(folder);
    if (!file) return [];
    const variable = environmentVariableOf(option);
    const where = file === folder ? 'that is a file' : `${file} is a file`;
    return [`option ${option}${variable ? ` (${variable})` : ''} is ${folder}, but ${where}, not a folder`];
  });
}
