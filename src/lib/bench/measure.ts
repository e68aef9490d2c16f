import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measurement {
  /** Wall-clock milliseconds from spawn to exit. */
  ms: number;
  /** Highest combined resident memory of the process and all its descendants (e.g. Chromium), in bytes. */
  peakRss: number;
  /**
   * Highest proportional resident memory of the same tree, in bytes: a page shared by several
   * processes (Chromium's ten share one browser binary and its libraries) counts once in all, not
   * once in each, so this is what the tree holds of the machine's memory. 0 where /proc is not available.
   */
  peakPss: number;
  status: number | null;
  output: string;
}

/** The process and all its descendants, from /proc (Linux); only the root where /proc cannot be read. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  try {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
      } catch {
        // The process ended while we looked.
      }
    }
  } catch {
    return [root];
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Sum of one field (in kB) over the processes' /proc files, in bytes; a process that is gone counts 0. */
function sumOf(pids: readonly number[], file: 'status' | 'smaps_rollup', field: RegExp): number {
  let total = 0;
  for (const pid of pids) {
    try {
      total += Number(field.exec(readFileSync(`/proc/${pid}/${file}`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      // Gone already.
    }
  }
  return total;
}

/** Runs a command to completion, timing it and sampling its memory every 20 ms. */
export function measureCommand(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakRss = 0;
    let peakPss = 0;
    let ticks = 0;
    let tree: number[] = [];
    // The sampler shares the machine with the build it measures, so the costly reads are done
    // seldom: finding the process tree reads every process's stat file (0.55 ms with 70 processes,
    // more on a busier machine) every 200 ms; the proportional share, for which the kernel walks
    // every page of each process (12 ms for one of 1.3 GB), every 500 ms. Resident memory, from
    // the tree's status files, is read every 20 ms.
    const sampler = setInterval(() => {
      if (!child.pid) return;
      if (ticks % 10 === 0) tree = processTree(child.pid);
      peakRss = Math.max(peakRss, sumOf(tree, 'status', /VmRSS:\s+(\d+) kB/));
      if (ticks % 25 === 0) peakPss = Math.max(peakPss, sumOf(tree, 'smaps_rollup', /Pss:\s+(\d+) kB/));
      ticks++;
    }, 20);
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(sampler);
      resolve({ ms: performance.now() - started, peakRss, peakPss, status, output });
    });
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
