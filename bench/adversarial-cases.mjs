// The adversarial blocks of issue 7, shared by test/robustness/adversarial.test.ts (at a size
// that keeps the suite fast) and scripts/bench.mjs's hostile section (at 1 MB and 20,000
// lines, the sizes the issue named). `size` is the length in characters of the long-line
// cases and `lines` the length of the many-line ones; the nesting cases keep their depth,
// since the depth is their point (a stack that grows with it overflows).
export function adversarialCases(size, lines) {
  const k = (n) => Math.max(1, Math.floor(size / n));
  const sized = (n) => (n >= 2 ** 20 ? `${Math.round(n / 2 ** 20)} MB` : `${Math.round(n / 1024)} kB`);
  const label = sized(size);
  return [
    { name: `a ${label} line of "1.1.1."`, block: () => '1.'.repeat(k(2)) },
    { name: `a ${label} line of "1.1.1." ending in a title`, block: () => `${'1.'.repeat(k(2))} Nhiệm vụ` },
    { name: '1,000 nested list markers "- "', block: () => `${'- '.repeat(1_000)}x` },
    { name: '100,000 nested list markers "- "', block: () => `${'- '.repeat(100_000)}x` },
    { name: '4,000 nested list markers "- "', block: () => `${'- '.repeat(4_000)}x` },
    { name: '100,000 nested block quotes "> "', block: () => `${'> '.repeat(100_000)}x` },
    { name: '10,000 nested block quotes "> "', block: () => `${'> '.repeat(10_000)}x` },
    { name: '10,000 nested markers "+ * "', block: () => `${'+ * '.repeat(5_000)}x` },
    { name: '10,000 nested ordered markers "1. "', block: () => `${'1. '.repeat(10_000)}x` },
    { name: `${lines.toLocaleString('en')} lines of TABs`, block: () => Array.from({ length: lines }, (_, i) => '\t'.repeat(1 + (i % 7))).join('\n') },
    { name: `a ${label} line of TABs`, block: () => '\t'.repeat(size) },
    { name: `a ${label} line of spaces then a letter`, block: () => `${' '.repeat(size)}a` },
    { name: `a ${label} line of "a) "`, block: () => 'a) '.repeat(k(3)) },
    { name: `a ${label} line of "(("`, block: () => '('.repeat(size) },
    { name: `a ${label} line of "Căn cứ "`, block: () => 'Căn cứ '.repeat(k(8)) },
    { name: `a ${label} line of "ngày 1/1/2020 "`, block: () => 'ngày 1/1/2020 '.repeat(k(14)) },
    { name: `a ${label} line of "Sở "`, block: () => 'Sở '.repeat(k(3)) },
    { name: `a ${label} line of digits`, block: () => '9'.repeat(size) },
    { name: `a ${label} line of "/"`, block: () => '/'.repeat(size) },
    { name: `a ${label} line of "| "`, block: () => '| '.repeat(k(2)) },
    { name: 'a 20 kB line of "*_"', block: () => '*_'.repeat(10_000) },
    { name: `a ${sized(3 * k(12))} line of "[]("`, block: () => '[]('.repeat(k(12)) },
    { name: `a ${label} line of "<a "`, block: () => '<a '.repeat(k(3)) },
    { name: `a ${label} line of combining marks`, block: () => `a${'\u0301'.repeat(size)}` },
    { name: `${lines.toLocaleString('en')} lines "I." to "1." to "a)"`, block: () => Array.from({ length: lines }, (_, i) => ['I. X', '1. Y', '1.1. Z', 'a) W', '- V', '+ U'][i % 6]).join('\n') },
  ];
}
