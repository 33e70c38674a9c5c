// Preloaded with `node --import` when /usr/bin/time is missing: writes the process's peak
// resident set size (KiB) and its user and system CPU time (µs), as process.resourceUsage()
// reports them, to the file named by KEHOACH_BENCH_RSS_FILE when the process exits, so that
// the benchmark can read them for a child without changing the CLI.
import { writeFileSync } from 'node:fs';

const file = process.env.KEHOACH_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, `${u.maxRSS} ${u.userCPUTime} ${u.systemCPUTime}\n`);
  });
}
