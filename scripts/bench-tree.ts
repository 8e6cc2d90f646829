/**
 * For the bench: runs a command and samples its whole process tree from /proc every 100 ms:
 * the peak of the summed resident memory (what the machine must hold at once, search indexer
 * and other helpers included), each process's own peak, and CPU seconds (user + system, as last
 * seen per process). Linux only; elsewhere it reports wall time alone.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface TreeProcess {
  pid: number;
  name: string;
  peakMB: number;
  cpuS: number;
}

export interface TreeRun {
  status: number | null;
  wallS: number;
  cpuS: number;
  /** Peak of the sum of every process's resident memory at one sample. */
  peakMB: number;
  processes: TreeProcess[];
  output: string;
}

const TICKS = 100;
const PAGE_KB = 4;

function readProc(pid: number): { ppid: number; name: string; cpu: number; rssKB: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const name = stat.slice(stat.indexOf('(') + 1, close);
    const f = stat.slice(close + 2).split(' ');
    // After the name: state(0) ppid(1) ... utime(11) stime(12) ... rss(21) in pages.
    return {
      ppid: Number(f[1]),
      name,
      cpu: (Number(f[11]) + Number(f[12])) / TICKS,
      rssKB: Number(f[21]) * PAGE_KB,
    };
  } catch {
    return null;
  }
}

/** Every process under `root` (itself included), from one read of /proc. */
function treeOf(root: number) {
  const all = new Map<number, NonNullable<ReturnType<typeof readProc>>>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const p = readProc(Number(name));
    if (p) all.set(Number(name), p);
  }
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, p] of all)
      if (!inTree.has(pid) && inTree.has(p.ppid)) {
        inTree.add(pid);
        grew = true;
      }
  }
  return [...inTree].flatMap((pid) => {
    const p = all.get(pid);
    return p ? [{ pid, ...p }] : [];
  });
}

/** Runs `command` with `args` and measures it as above. */
export function runTree(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<TreeRun> {
  const linux = existsSync('/proc/self/stat');
  return new Promise((done) => {
    const start = performance.now();
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const seen = new Map<number, TreeProcess>();
    let peakKB = 0;
    const sample = () => {
      if (!linux || child.pid === undefined) return;
      let sum = 0;
      for (const p of treeOf(child.pid)) {
        sum += p.rssKB;
        const s = seen.get(p.pid) ?? { pid: p.pid, name: p.name, peakMB: 0, cpuS: 0 };
        s.name = p.name;
        s.peakMB = Math.max(s.peakMB, p.rssKB / 1024);
        s.cpuS = Math.max(s.cpuS, p.cpu);
        seen.set(p.pid, s);
      }
      peakKB = Math.max(peakKB, sum);
    };
    const timer = setInterval(sample, 100);
    child.on('close', (status) => {
      clearInterval(timer);
      const processes = [...seen.values()].sort((a, b) => b.peakMB - a.peakMB);
      done({
        status,
        wallS: (performance.now() - start) / 1000,
        cpuS: processes.reduce((t, p) => t + p.cpuS, 0),
        peakMB: peakKB / 1024,
        processes,
        output,
      });
    });
  });
}
