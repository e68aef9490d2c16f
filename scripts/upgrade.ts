#!/usr/bin/env node
/**
 * npm run upgrade [-- --from REF] [--force] [--no-commit]
 *
 * Takes a newer Cairn into this repository: from the git remote `upstream` (fetched first), or
 * from REF (a branch, tag or commit git already has). Every file outside content/, public/ and
 * the paths listed in .cairn/own-paths is brought to the newer version; the person's files are
 * never touched. Files are taken whole, never merged, so no merge conflict can happen: a file
 * both sides changed stops the upgrade with its name (keep yours by listing it as your own, or
 * take Cairn's with --force). Refuses to start on uncommitted changes; records the version taken
 * in .cairn/upstream-commit and commits the result (unless --no-commit), so the next upgrade
 * knows what changed since.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_OWN_PATHS, isOwnPath, parseOwnPaths, planUpgrade, type Tree } from '../src/lib/build/upgrade-plan.ts';
import { parseCommandLine, runCommand, UsageError } from './lib/cli.ts';

const USAGE = 'npm run upgrade [-- --from REF] [--force] [--no-commit]';
const RECORD = '.cairn/upstream-commit';
const OWN_PATHS_FILE = '.cairn/own-paths';
/** Lines of each list printed before "… and N more". */
const SHOWN = 25;

function git(cwd: string, args: string[], input?: string) {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new UsageError(`upgrade: git could not be run (${result.error.message}); install git`);
  return { ok: result.status === 0, stdout: result.stdout, stderr: result.stderr.trim() };
}

/** A commit's files as path → `mode blob`, submodules left out. */
function treeOf(root: string, commit: string): Tree {
  const listed = git(root, ['ls-tree', '-r', '-z', '--full-tree', commit]);
  if (!listed.ok) throw new UsageError(`upgrade: git could not list ${commit}: ${listed.stderr}`);
  const tree = new Map<string, string>();
  for (const entry of listed.stdout.split('\0').filter(Boolean)) {
    const [meta, file] = [entry.slice(0, entry.indexOf('\t')), entry.slice(entry.indexOf('\t') + 1)];
    const [mode, type, blob] = meta.split(' ');
    if (type === 'blob') tree.set(file, `${mode} ${blob}`);
  }
  return tree;
}

function commitOf(root: string, ref: string): string | undefined {
  const resolved = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  return resolved.ok ? resolved.stdout.trim() : undefined;
}

/** The newer Cairn: --from, else `upstream`'s main (or master) after a fetch. */
function targetCommit(root: string, from: string | undefined): { commit: string; name: string } {
  if (from) {
    const commit = commitOf(root, from);
    if (!commit) throw new UsageError(`upgrade: git knows no branch, tag or commit "${from}"; fetch it first (git fetch upstream) or give another --from`);
    return { commit, name: from };
  }
  if (!git(root, ['remote', 'get-url', 'upstream']).ok) {
    throw new UsageError('upgrade: this repository has no remote named upstream. Add Cairn as one once (git remote add upstream https://github.com/<owner>/cairn.git), or give --from REF');
  }
  const fetched = git(root, ['fetch', '--quiet', 'upstream']);
  if (!fetched.ok) throw new UsageError(`upgrade: git fetch upstream failed: ${fetched.stderr.split('\n')[0] ?? ''}. Check the address (git remote get-url upstream) and the network, or give --from REF`);
  for (const name of ['upstream/HEAD', 'upstream/main', 'upstream/master']) {
    const commit = commitOf(root, name);
    if (commit) return { commit, name };
  }
  throw new UsageError('upgrade: upstream has no main or master branch; give the branch with --from upstream/<branch>');
}

/** The Cairn taken last: the recorded commit when git has it, else where this history left Cairn's. */
function baseCommit(root: string, target: string): string | undefined {
  const recordFile = path.join(root, RECORD);
  if (existsSync(recordFile)) {
    const recorded = commitOf(root, readFileSync(recordFile, 'utf8').trim());
    if (recorded) return recorded;
  }
  const mergeBase = git(root, ['merge-base', 'HEAD', target]);
  return mergeBase.ok ? mergeBase.stdout.trim() : undefined;
}

function listed(files: readonly string[], indent = '  '): string {
  const shown = files.slice(0, SHOWN).map((file) => `${indent}${file}`);
  if (files.length > SHOWN) shown.push(`${indent}… and ${files.length - SHOWN} more`);
  return shown.join('\n');
}

await runCommand(async () => {
  const { values } = parseCommandLine('upgrade', USAGE, {
    from: { type: 'string' },
    force: { type: 'boolean', default: false },
    'no-commit': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    console.log(`usage: ${USAGE}\n\nTakes a newer Cairn from the remote upstream (or REF), leaving content/, public/ and the paths in ${OWN_PATHS_FILE} as they are.`);
    return;
  }
  const top = git(process.cwd(), ['rev-parse', '--show-toplevel']);
  if (!top.ok) throw new UsageError('upgrade: this folder is not in a git repository; upgrade compares git versions of Cairn');
  const root = top.stdout.trim();
  if (!commitOf(root, 'HEAD')) throw new UsageError('upgrade: this repository has no commit yet; commit your files first');

  const changed = git(root, ['status', '--porcelain', '--untracked-files=no']).stdout.split('\n').filter(Boolean);
  if (changed.length > 0) {
    throw new UsageError(`upgrade: ${changed.length} file${changed.length > 1 ? 's have' : ' has'} changes not committed:\n${listed(changed.map((line) => line.slice(3)))}\nCommit or stash them first (git stash), so the upgrade can be told apart from your work and undone. Nothing was changed.`);
  }

  const own = existsSync(path.join(root, OWN_PATHS_FILE)) ? parseOwnPaths(readFileSync(path.join(root, OWN_PATHS_FILE), 'utf8')) : { paths: [], problems: [] };
  if (own.problems.length > 0) throw new UsageError(`upgrade: ${own.problems.join('\n')}\nNothing was changed.`);
  const ownPaths = [...DEFAULT_OWN_PATHS, ...own.paths];

  const target = targetCommit(root, values.from);
  const base = baseCommit(root, target.commit);
  const short = (commit: string) => commit.slice(0, 7);
  if (base === target.commit) {
    console.log(`upgrade: already at ${target.name} (${short(target.commit)}); nothing to do`);
    return;
  }
  const [mine, theirs] = [treeOf(root, 'HEAD'), treeOf(root, target.commit)];
  const plan = planUpgrade({ base: base ? treeOf(root, base) : undefined, mine, theirs }, ownPaths);

  if (plan.conflicts.length > 0 && !values.force) {
    throw new UsageError(
      `upgrade: ${plan.conflicts.length} file${plan.conflicts.length > 1 ? 's were' : ' was'} changed both here and in ${target.name}:\n${listed(plan.conflicts)}\n` +
        `Keep yours: add ${plan.conflicts.length > 1 ? 'them' : 'it'} to ${OWN_PATHS_FILE} (a path per line) and commit. Take Cairn's: run upgrade again with --force (yours stays in git history). Nothing was changed.`,
    );
  }
  const take = [...plan.take, ...plan.conflicts.filter((file) => theirs.has(file))];
  const remove = [...plan.remove, ...plan.conflicts.filter((file) => !take.includes(file))];

  // An untracked file where Cairn now has one would be overwritten without a trace.
  const blocking = take.filter((file) => !mine.has(file) && existsSync(path.join(root, file)));
  if (blocking.length > 0) {
    throw new UsageError(`upgrade: ${target.name} adds files that exist here untracked:\n${listed(blocking)}\nMove them away or commit them first. Nothing was changed.`);
  }

  if (take.length > 0) {
    const checkout = git(root, ['checkout', target.commit, '--pathspec-from-file=-', '--pathspec-file-nul', '--'], take.join('\0'));
    if (!checkout.ok) throw new UsageError(`upgrade: git could not write the files of ${target.name}: ${checkout.stderr}`);
  }
  if (remove.length > 0) {
    const removed = git(root, ['rm', '--quiet', '--pathspec-from-file=-', '--pathspec-file-nul'], remove.join('\0'));
    if (!removed.ok) throw new UsageError(`upgrade: git could not remove the files ${target.name} deleted: ${removed.stderr}`);
  }
  mkdirSync(path.join(root, '.cairn'), { recursive: true });
  writeFileSync(path.join(root, RECORD), `${target.commit}\n`);
  git(root, ['add', '--', RECORD]);

  const added = take.filter((file) => !mine.has(file));
  const updated = take.filter((file) => mine.has(file));
  console.log(`upgrade: Cairn ${base ? short(base) : '(no common history)'} → ${target.name} (${short(target.commit)}): ${updated.length} updated, ${added.length} added, ${remove.length} removed`);
  if (updated.length > 0) console.log(`updated:\n${listed(updated)}`);
  if (added.length > 0) console.log(`added:\n${listed(added)}`);
  if (remove.length > 0) console.log(`removed:\n${listed(remove)}`);
  if (values.force && plan.conflicts.length > 0) console.log(`replaced your changes (--force; yours are in git history):\n${listed(plan.conflicts)}`);
  if (!base) console.log('No history in common with that Cairn (a copy, not a clone): every file of it was taken and none removed. From now on upgrades compare with the version recorded in .cairn/upstream-commit.');
  // Cairn's changes to the sample persona are no news to someone whose content/ is their own; other kept files may be worth a look.
  const keptFiles = plan.keptOwn.filter((file) => !isOwnPath(file, ['content']));
  if (keptFiles.length > 0) console.log(`kept as yours, though ${target.name} changed ${keptFiles.length > 1 ? 'them' : 'it'} (compare: git diff HEAD ${short(target.commit)} -- <file>):\n${listed(keptFiles)}`);

  const needsInstall = take.includes('package.json') || take.includes('package-lock.json');
  const next = `${needsInstall ? 'npm install, then ' : ''}npm run check and npm run build`;
  if (values['no-commit']) {
    console.log(`\nThe changes are staged, not committed: review them (git diff --cached), run ${next}, then commit.`);
    return;
  }
  const committed = git(root, ['commit', '--quiet', '--no-verify', '--message', `Upgrade Cairn to ${short(target.commit)}`, '--message', `From ${target.name}: ${updated.length} updated, ${added.length} added, ${remove.length} removed. Made by npm run upgrade.`]);
  if (!committed.ok) {
    throw new UsageError(`upgrade: the files are in place and staged, but git could not commit them (${committed.stderr.split('\n')[0] ?? ''}); commit them yourself (git commit), or undo with git reset --hard`);
  }
  console.log(`\nCommitted as "Upgrade Cairn to ${short(target.commit)}" (undo: git reset --hard HEAD~1). Next: ${next}.`);
});
