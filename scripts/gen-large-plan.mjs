#!/usr/bin/env node
// Builds a large plan for the benchmark (issue 8) out of the sample plan's own words: the body
// is kept as it is, and the appendix's task rows are repeated, in order, under numbered groups
// until the table holds the number of task rows asked for.
//
//   node scripts/gen-large-plan.mjs 8000 > /tmp/plan-8000.txt
//   import { generateLargePlan } from './gen-large-plan.mjs';
//
// Why the numbering looks the way it does: the appendix reader recognises group numerals of
// at most six Roman letters and task numbers of at most three digits (src/extract/appendix.ts),
// and NĐ 30/2020 numbering goes I., II., … with tasks 1., 2., … restarting in each group. So
// a group holds at most 999 tasks, at most 39 Roman groups are used (I … XXXIX, the range the
// outline lexer also accepts), and above 39 × 999 rows the Roman groups are placed under
// lettered parts A, B, C … (which the reader also knows), as large plans do.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const SAMPLE_PATH = fileURLToPath(new URL('../fixtures/446-KH-UBND-2019-ha-tinh.txt', import.meta.url));

const MAX_TASKS_PER_GROUP = 999;
const MAX_ROMAN_GROUPS = 39;
// Vietnamese letters used for parts, in order (NĐ 30/2020), without the ones the appendix
// reader leaves out of its part pattern, and without L, which after a Roman group reads as
// the numeral fifty.
const PART_LETTERS = ['A', 'B', 'C', 'D', 'E', 'G', 'H', 'K', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U'];

const ROMAN_GROUP = /^[IVXL]{1,6}\.?$/;
const TASK_NUMBER = /^\d{1,3}\.?$/;

/**
 * Splits a plan's text into the part kept before the table (everything up to and including the
 * header row of its TAB-separated task table), the table's rows, and the part kept after it
 * (the sample prints its issuer there). Group rows and task rows are told apart by their first
 * cell; a task row carries the lines that continue it (a row broken by a page break, with the
 * blank line before it).
 * @param {string} text
 */
export function readSampleTable(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const headerAt = lines.findIndex((l) => l.split('\t').length >= 3);
  if (headerAt < 0) throw new Error('the sample has no TAB-separated table');
  const columns = lines[headerAt].split('\t').length;
  /** @type {{ title: string }[]} */
  const groups = [];
  /** @type {{ cells: string[], continuation: string[] }[]} */
  const tasks = [];
  /** @type {string[]} */
  let pendingBlank = [];
  /** @type {string[]} */
  let tail = [];
  for (let i = headerAt + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.trim()) {
      pendingBlank.push(line);
      continue;
    }
    if (!line.includes('\t')) {
      tail = [...pendingBlank, ...lines.slice(i)];
      break;
    }
    const cells = line.split('\t');
    const first = (cells[0] ?? '').trim();
    const rest = cells.slice(2).filter((c) => c.trim());
    if (ROMAN_GROUP.test(first) && rest.length === 0) {
      groups.push({ title: (cells[1] ?? '').trim() });
    } else if (TASK_NUMBER.test(first)) {
      tasks.push({ cells: cells.slice(1), continuation: [] });
    } else if (!first && tasks.length > 0) {
      tasks[tasks.length - 1]?.continuation.push(...pendingBlank, line);
    }
    pendingBlank = [];
  }
  if (tasks.length === 0) throw new Error('the sample table has no numbered task rows');
  if (groups.length === 0) groups.push({ title: 'Nhiệm vụ' });
  return { head: lines.slice(0, headerAt + 1), columns, groups, tasks, tail };
}

/**
 * How many Roman groups (and lettered parts above them) hold `n` tasks, and how many tasks
 * each group gets (spread evenly, the first groups one more when it does not divide).
 * @param {number} n
 * @param {number} sampleGroups
 */
export function groupLayout(n, sampleGroups) {
  const groups = Math.max(Math.min(sampleGroups, n), Math.ceil(n / MAX_TASKS_PER_GROUP));
  const capacity = PART_LETTERS.length * MAX_ROMAN_GROUPS * MAX_TASKS_PER_GROUP;
  if (n > capacity) throw new Error(`at most ${capacity} task rows can be numbered`);
  const sizes = Array.from({ length: groups }, (_, k) => Math.floor(n / groups) + (k < n % groups ? 1 : 0));
  return { sizes, parts: groups > MAX_ROMAN_GROUPS };
}

/**
 * A plan with exactly `n` numbered task rows in its appendix table, built from a sample plan's
 * own rows (by default fixtures/446-KH-UBND-2019-ha-tinh.txt).
 * @param {number} n
 * @param {{ sample?: string }} [options] the sample's text
 * @returns {string}
 */
export function generateLargePlan(n, options = {}) {
  if (!Number.isInteger(n) || n < 1) throw new Error(`the number of task rows must be a positive integer, not ${n}`);
  const sample = readSampleTable(options.sample ?? readFileSync(SAMPLE_PATH, 'utf8'));
  const { sizes, parts } = groupLayout(n, sample.groups.length);
  const filler = '\t'.repeat(Math.max(0, sample.columns - 2));
  const out = [...sample.head];
  let next = 0;
  sizes.forEach((size, g) => {
    const inPart = g % MAX_ROMAN_GROUPS;
    if (parts && inPart === 0) {
      const letter = PART_LETTERS[g / MAX_ROMAN_GROUPS];
      out.push(`${letter}\t${sample.groups[0]?.title.toUpperCase() ?? 'NHIỆM VỤ'} (PHẦN ${letter})${filler}`);
    }
    const title = sample.groups[g % sample.groups.length]?.title ?? '';
    out.push(`${roman(inPart + 1)}\t${title}${filler}`);
    for (let k = 1; k <= size; k++) {
      const row = sample.tasks[next % sample.tasks.length];
      next++;
      if (!row) continue;
      out.push([String(k), ...row.cells].join('\t'), ...row.continuation);
    }
  });
  // The text after the table is kept as it is, down to a missing final newline.
  return sample.tail.length > 0 ? [...out, ...sample.tail].join('\n') : `${out.join('\n')}\n`;
}

/** @param {number} n 1 … 39 */
function roman(n) {
  /** @type {[number, string][]} */
  const table = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  for (const [v, r] of table) while (n >= v) { s += r; n -= v; }
  return s;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = process.argv[2] ?? '';
  if (!/^\d+$/.test(arg) || Number(arg) < 1) {
    process.stderr.write('usage: node scripts/gen-large-plan.mjs <task rows> > plan.txt\n');
    process.exit(2);
  }
  process.stdout.write(generateLargePlan(Number(arg)));
}
