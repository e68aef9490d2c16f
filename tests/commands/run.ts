import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../support/astro-build.ts';

export const FIXTURE = path.join(PROJECT_ROOT, 'tests/fixtures/career');
export const POSTING = path.join(PROJECT_ROOT, 'tests/fixtures/career-posting.md');
export const SAMPLE_JOB = path.join(PROJECT_ROOT, 'node_modules/@jsonresume/schema/sample.job.json');

/** A fresh copy of the career fixture as `<tmp>/content`; returns `<tmp>`, the folder to run commands in. */
export function copyFixture(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cairn-command-'));
  cpSync(FIXTURE, path.join(folder, 'content'), { recursive: true });
  return folder;
}

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment a person's shell would give: today pinned, no colour, no content folder set. */
function commandEnvironment(extra: Record<string, string> | undefined): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, CAIRN_TODAY: '2026-06-30', ...extra };
  delete env['CAIRN_CONTENT_DIR'];
  delete env['FORCE_COLOR'];
  env['NO_COLOR'] = '1';
  return env;
}

/**
 * Runs `node scripts/<command>.ts args…` the way a person would from `cwd`, with today pinned and
 * standard input closed (or given), so nothing waits for a terminal.
 */
export function runCommand(command: string, args: string[], options: { cwd: string; input?: string; env?: Record<string, string> }): CommandResult {
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', `${command}.ts`), ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    env: commandEnvironment(options.env),
    input: options.input ?? '',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `runCommand` without waiting for it, so several can run at the same moment. */
export function startCommand(command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<CommandResult> {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'scripts', `${command}.ts`), ...args], { cwd: options.cwd, env: commandEnvironment(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
