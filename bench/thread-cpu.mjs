#!/usr/bin/env node
// The CPU time of each thread of a command (issue 19: where does a batch's CPU go, main thread,
// worker threads or V8's helper threads?). Runs the command and reads /proc/PID/task/*/stat
// every 100 ms; each thread's last reading is its CPU time (Linux only; the last 100 ms of a
// thread may be missed). Node names every thread "node": they are listed by CPU time, the
// busiest first, so with --jobs 1 the first is the main thread, with --jobs N the first N are
// the workers, and the threads of about a second each are V8's (GC and compiler) helpers.
//
//   node bench/thread-cpu.mjs node bin/plan.js export archive/* --format jsonl --jobs 2
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write('usage: node bench/thread-cpu.mjs COMMAND [ARGS…]\n');
  process.exit(2);
}
const TICK_MS = 10; // /proc counts in clock ticks of 1/100 s (USER_HZ on Linux)
const t0 = performance.now();
const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
const last = new Map();

function poll() {
  let tids = [];
  try {
    tids = readdirSync(`/proc/${child.pid}/task`);
  } catch {
    return;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
      // Fields after the name in brackets: utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      last.set(tid, (Number(fields[11]) + Number(fields[12])) * TICK_MS);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
}

const timer = setInterval(poll, 100);
child.on('exit', (code) => {
  clearInterval(timer);
  const wall = performance.now() - t0;
  const times = [...last.values()].filter((t) => t > 0).sort((a, b) => b - a);
  const total = times.reduce((s, t) => s + t, 0);
  const s = (t) => (t / 1000).toFixed(2);
  process.stdout.write(`threads (cpu s, busiest first): ${times.map(s).join(' ')}\n`);
  process.stdout.write(`total cpu ${s(total)} s, wall ${s(wall)} s, exit ${code}\n`);
});
