import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { markTitle, runningDevServer, spreadPick } from '../../src/lib/bench/live-preview.ts';
import { publishedBasePath } from '../../src/lib/content/site-settings.ts';
import { UsageError } from './cli.ts';

export interface LivePreviewTimes {
  /** Per server start: spawning `astro dev` to the home page served, ms. */
  startup: number[];
  /** Per edit: saving an accomplishment to its page being served with the change, ms. */
  edits: number[];
}

export interface LivePreviewOptions {
  root: string;
  contentDir: string;
  /** Server starts. */
  runs: number;
  /** Edits per server start, each to a different accomplishment. */
  edits: number;
  /** Where each server's output goes (`dev-<run>.log`); its last lines are quoted when a server fails. */
  logDir: string;
  env: NodeJS.ProcessEnv;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A port nothing listens on right now. Astro moves to the next port when the one asked for is taken
 * (by a server left over from an interrupted run, say), and the benchmark would wait on the wrong one.
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('bench: no free port'))));
    });
  });
}

function tail(file: string, lines = 25): string {
  return existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '(no output)';
}

/**
 * Astro 7 runs one dev server per project: a second `astro dev` exits at once. The benchmark says
 * so plainly, before any work, instead of starting one alongside it (--ignore-lock), which would
 * share the other's .astro/ folder and CPU.
 */
export function assertNoDevServer(root: string): void {
  const lockFile = path.join(root, '.astro', 'dev.json');
  const other = runningDevServer(existsSync(lockFile) ? readFileSync(lockFile, 'utf8') : undefined, isAlive);
  if (other) {
    throw new UsageError(
      `bench: another astro dev server is running in this project (${other.url}, process ${other.pid}); Astro allows one per project.\nStop it (Ctrl+C in its terminal, or \`npx astro dev stop\`), or leave out the live-preview timing with --no-live.`,
    );
  }
}

/**
 * Saves the file the way editors do, a new file renamed over the old one: written in place, Astro's
 * watcher can read it empty between the truncate and the write, report a schema error and then miss
 * the write itself, so the benchmark would wait for a page that never changes.
 */
function saveAtomically(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.bench-tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/**
 * Times `astro dev` on the given content: start-up to the home page served, then, on the same
 * server, saving an accomplishment to its page being served with the change. Polls every 25 ms
 * (the figures are that coarse); each request has its own time limit, so a server that hangs fails
 * the benchmark instead of stalling it.
 */
export async function measureLivePreview(options: LivePreviewOptions): Promise<LivePreviewTimes> {
  const { root, contentDir, runs, edits, logDir, env } = options;
  // The synthetic profile's address has no path, but SITE_URL or BASE_PATH may give the dev server one.
  const base = publishedBasePath(undefined, { site: env.SITE_URL, base: env.BASE_PATH });
  assertNoDevServer(root);
  const startup: number[] = [];
  const editTimes: number[] = [];
  const files = readdirSync(path.join(contentDir, 'accomplishments'))
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  for (let run = 0; run < runs; run++) {
    const port = await freePort();
    const logFile = path.join(logDir, `dev-${run + 1}.log`);
    const log = openSync(logFile, 'w');
    const started = performance.now();
    // --ignore-lock keeps the server in the foreground: Astro would move it to the background (and
    // out of reach of the kill below) when it thinks an AI agent is at the terminal.
    const server = spawn(path.join(root, 'node_modules/.bin/astro'), ['dev', '--port', String(port), '--ignore-lock'], { cwd: root, env, stdio: ['ignore', log, log], detached: true });
    closeSync(log);
    // The server runs in its own process group; an interrupted benchmark must not leave it running.
    const stopServer = () => {
      if (server.pid && server.exitCode === null && server.signalCode === null) process.kill(-server.pid, 'SIGTERM');
    };
    const interrupted = (signal: NodeJS.Signals) => {
      stopServer();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.once('SIGINT', interrupted);
    process.once('SIGTERM', interrupted);
    let exit: string | undefined;
    server.on('exit', (code, signal) => (exit = signal ? `stopped by ${signal}` : `exited with code ${code}`));
    const waitFor = async (url: string, done: (body: string) => boolean, limitMs: number, what: string): Promise<number> => {
      const begun = performance.now();
      while (performance.now() - begun < limitMs) {
        if (exit) throw new UsageError(`bench: astro dev ${exit} before ${what}; its last lines:\n${tail(logFile)}`);
        try {
          const response = await fetch(url, { signal: AbortSignal.timeout(Math.max(1, Math.ceil(limitMs - (performance.now() - begun)))) });
          const body = await response.text();
          if (response.ok && done(body)) return performance.now() - begun;
        } catch {
          // Not listening yet, or this request ran out of time; the loop decides.
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new UsageError(`bench: astro dev did not show ${what} within ${limitMs / 1000} s; its last lines:\n${tail(logFile)}`);
    };
    try {
      await waitFor(`http://localhost:${port}${base}`, (body) => body.includes('<h1'), 180_000, 'the home page');
      startup.push(performance.now() - started);
      for (const [index, name] of spreadPick(files, edits).entries()) {
        const id = name.replace(/\.mdx$/, '');
        const page = `http://localhost:${port}${base}work/${id}/`;
        await waitFor(page, () => true, 60_000, `/work/${id}/`);
        const marker = `${run + 1}.${index + 1}`;
        const file = path.join(contentDir, 'accomplishments', name);
        saveAtomically(file, markTitle(readFileSync(file, 'utf8'), marker));
        editTimes.push(await waitFor(page, (body) => body.includes(`(edit ${marker})`), 30_000, `the edit to ${name}`));
      }
    } finally {
      process.off('SIGINT', interrupted);
      process.off('SIGTERM', interrupted);
      stopServer();
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  return { startup, edits: editTimes };
}
