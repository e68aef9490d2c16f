import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { INTO_CACHE } from './pdf-text.ts';

/**
 * The text of PDFs read as they are written, by a pdf.js process of its own, into the PDF text
 * cache: the resume and letter stages hand it each PDF they print, so the privacy guard finds
 * those texts there instead of starting pdf.js on every PDF once the last one is written. It reads
 * only once it is told to `begin`: beside the drawing of images as well as a browser, the reading
 * slowed the prints more than it saved the guard (bench/results.md). A text it could not store is
 * read by the guard as before, so nothing here decides what the guard sees: an entry is keyed by
 * the hash of the bytes it was read from.
 */
export class PdfTextsAhead {
  private readonly cacheFolder: string;
  private child: ChildProcess | undefined;
  private ended: Promise<void> = Promise.resolve();
  /** Files handed over before `begin`. */
  private readonly waiting: string[] = [];
  private begun = false;
  constructor(cacheFolder: string) {
    this.cacheFolder = cacheFolder;
  }

  /** Has the file's text read when its turn comes, once begun (the process starts with the first file). */
  read(file: string): void {
    if (this.begun) this.send(file);
    else this.waiting.push(file);
  }

  /** Starts reading: the files handed over so far, then each as it comes. */
  begin(): void {
    if (this.begun) return;
    this.begun = true;
    for (const file of this.waiting.splice(0)) this.send(file);
  }

  private send(file: string): void {
    if (!this.child) {
      this.child = spawn(process.execPath, ['--no-warnings', fileURLToPath(new URL('./pdf-text.ts', import.meta.url)), INTO_CACHE, this.cacheFolder], { stdio: ['pipe', 'ignore', 'ignore'] });
      const child = this.child;
      this.ended = new Promise((resolve) => {
        child.once('close', () => resolve());
        child.once('error', () => resolve());
      });
      // A write after the process failed must not become an unhandled error: the guard reads those files itself.
      child.stdin?.on('error', () => {});
    }
    this.child.stdin?.write(`${file}\n`);
  }

  /** Waits until every file sent is read (or the process failed); what was not sent or not read, the guard reads. */
  async finished(): Promise<void> {
    this.child?.stdin?.end();
    await this.ended;
  }

  /** Ends the process, read or not (a build that failed). */
  stop(): void {
    this.child?.kill();
  }
}
