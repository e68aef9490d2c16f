/**
 * Why the file system refused a read or a write, in words: the errors a person can do something
 * about (a full disk, a folder where a file was meant, a missing folder, no permission). Anything
 * else is not described, and stays the error it is.
 */
const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOENT: 'no such folder',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
};

/** The reason for a file system error a person can act on (`the disk is full`), or undefined for any other error. */
export function fileSystemReason(error: unknown): string | undefined {
  const { code, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  // Making the folders of a path, "exists" means a file sits where a folder has to be.
  if (code === 'EEXIST' && syscall === 'mkdir') return REASONS['ENOTDIR'];
  return typeof code === 'string' ? REASONS[code] : undefined;
}
