import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Gives the whole test run one temporary folder and removes it when the run ends.
 *
 * Tests, the builds they start and the browsers those builds launch all make scratch folders under
 * `os.tmpdir()`. Pointing TMPDIR at one folder per run (the workers and every child process inherit
 * it) cleans up all of them at once, including a test that failed before its own clean-up, instead
 * of leaving a few hundred megabytes in the system's temporary folder on every run.
 *
 * Every speed class lists this setup; the first to run makes the folder and the others share it,
 * so a run of all classes has one folder, not one inside another.
 */
const shared = globalThis as { cairnScratchRoot?: string };

export default function setup() {
  if (shared.cairnScratchRoot) return;
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(path.join(os.tmpdir(), 'cairn-tests-'));
  shared.cairnScratchRoot = root;
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
    delete shared.cairnScratchRoot;
  };
}
