import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** Clock ticks per second, the unit of utime and stime in /proc/<pid>/stat. */
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** The pids a process started, and theirs (a CLI that forks workers counts with its workers). */
function descendantsOf(pid: number): number[] {
  const children: number[] = [];
  let tasks: string[] = [];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return children;
  }
  for (const task of tasks) {
    try {
      for (const child of fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) {
        children.push(Number(child), ...descendantsOf(Number(child)));
      }
    } catch {
      // the thread ended between the two reads
    }
  }
  return children;
}

/** utime + stime of one process, in ms; 0 once it is gone. */
function ownCpuMs(pid: number): number {
  try {
    // The command name (field 2) may hold spaces: the fields after it are counted from its closing parenthesis.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** The CPU time a process and its descendants have used so far, in ms. */
export function cpuMs(pid: number): number {
  return [pid, ...descendantsOf(pid)].reduce((sum, each) => sum + ownCpuMs(each), 0);
}

/** Each named process's CPU time, read at once. */
export type CpuSample = Record<string, number>;

export function sampleCpu(pids: Record<string, number>): CpuSample {
  return Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuMs(pid)]));
}

/** CPU ms per request of each process between two samples. */
export function cpuPerRequest(before: CpuSample, after: CpuSample, requests: number): Record<string, number> {
  return Object.fromEntries(Object.keys(before).map((name) => [name, requests > 0 ? (after[name] - before[name]) / requests : NaN]));
}

/** The pid of the MariaDB server at the other end of a connection, from the pid file it names. */
export function serverPid(pidFile: string): number | null {
  try {
    return Number(fs.readFileSync(pidFile, 'utf8').trim());
  } catch {
    return null;
  }
}
