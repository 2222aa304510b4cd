import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/**
 * CPU time, the figure a busy machine does not inflate. `ownMs` is this
 * process (every thread: the main loop, worker threads, the WebAssembly
 * solver, the garbage collector); `childMs` is the CPU of every process
 * this one started: those that ended and were waited for (the kernel's
 * cutime + cstime, what times(2) reports) plus those still running (each
 * live descendant's own and its waited-for children's time), or undefined
 * where /proc is not there to read it. Counting the live ones makes the
 * difference of two readings the CPU children used between them: a browser
 * started before a case and closed inside it used to count its whole life
 * (its start-up and page load) against the case.
 */
export interface CpuReading {
  ownMs: number;
  childMs: number | undefined;
}

// Clock ticks per second of /proc's counters (USER_HZ); asked once, before anything is timed.
const TICKS_PER_SECOND = readTicksPerSecond();

/** The CPU used so far. */
export function readCpu(): CpuReading {
  const { user, system } = process.cpuUsage();
  return { ownMs: (user + system) / 1000, childMs: readChildrenMs() };
}

/** The CPU used since `start`; childMs undefined when it cannot be read. */
export function cpuSince(start: CpuReading): CpuReading {
  const now = readCpu();
  return {
    ownMs: now.ownMs - start.ownMs,
    childMs: now.childMs !== undefined && start.childMs !== undefined ? now.childMs - start.childMs : undefined,
  };
}

/**
 * CPU time of the main thread alone (utime + stime of /proc/self/task/PID),
 * or, where /proc is missing, of the whole process. For a solver that runs on
 * the main thread (HiGHS in WebAssembly): the engine's compiler and
 * collector threads are left out, so its time is not inflated.
 */
export function readMainThreadCpuMs(): number {
  const ticks = readStatTicks(`/proc/self/task/${process.pid}/stat`, 14, 15);
  if (ticks !== undefined && TICKS_PER_SECOND !== undefined) return (ticks * 1000) / TICKS_PER_SECOND;
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function readChildrenMs(): number | undefined {
  const ended = readStatTicks("/proc/self/stat", 16, 17);
  if (ended === undefined || TICKS_PER_SECOND === undefined) return undefined;
  return ((ended + readLiveDescendantTicks()) * 1000) / TICKS_PER_SECOND;
}

/** utime + stime + cutime + cstime of every live process descended from this one (0 where /proc cannot be listed). */
function readLiveDescendantTicks(): number {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return 0;
  }
  const parentOf = new Map<number, number>();
  const ticksOf = new Map<number, number>();
  for (const entry of entries) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // Fields 4 (ppid) and 14–17 (utime, stime, cutime, cstime), numbered as proc(5) does; the slice starts at field 3.
      parentOf.set(Number(entry), Number(fields[1]));
      ticksOf.set(Number(entry), Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]));
    } catch {
      // Ended while listed: its time is in its parent's cutime once waited for.
    }
  }
  let total = 0;
  for (const [pid, ticks] of ticksOf) {
    let up = parentOf.get(pid);
    // Bounded: a snapshot read while pids are reused could, in principle, hold a cycle.
    for (let depth = 0; depth < 64 && up !== undefined && up > 1 && up !== process.pid; depth++) up = parentOf.get(up);
    if (up === process.pid && Number.isFinite(ticks)) total += ticks;
  }
  return total;
}

/** The sum of two numbered fields (1-based, as proc(5) numbers them) of a stat file. */
function readStatTicks(path: string, a: number, b: number): number | undefined {
  if (TICKS_PER_SECOND === undefined) return undefined;
  try {
    const stat = readFileSync(path, "utf8");
    // Fields after the command name (which may hold spaces, hence the last ")") start with field 3.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[a - 3]) + Number(fields[b - 3]);
    return Number.isFinite(ticks) ? ticks : undefined;
  } catch {
    return undefined;
  }
}

function readTicksPerSecond(): number | undefined {
  try {
    readFileSync("/proc/self/stat");
  } catch {
    return undefined;
  }
  try {
    const hz = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
    return hz > 0 ? hz : 100;
  } catch {
    // Linux has reported 100 to user space on every common architecture.
    return 100;
  }
}
