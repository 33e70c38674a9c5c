import type { Task } from '../model/types.js';
import type { OutlineNode } from '../outline/build.js';
import { walk } from '../outline/build.js';
import { readTaskTable, addRows, countRows, noRows, type RowCounts } from './task-table.js';
import { tasksOfTable } from './appendix.js';
import type { ExtractContext } from './context.js';
import { dutyColumns } from './responsibility-table.js';

/**
 * Task tables written in the body (a schedule under a section: "TT | Nội dung | Trách nhiệm
 * thực hiện | Thời gian"): their rows are tasks written in the body, read like an appendix's,
 * with ids under the section ("III.1/2"). A table that is not a task table stays a table.
 */
export function extractTableTasks(root: OutlineNode, ctx: ExtractContext): { tasks: Task[]; rows: RowCounts } {
  const tasks: Task[] = [];
  const rows = noRows();
  for (const node of [root, ...walk(root)]) {
    for (const table of node.tables) {
      // A table of duties per unit is the responsibilities' (extract/responsibility-table.ts).
      if (dutyColumns(table.rows)) continue;
      const reading = readTaskTable(table.rows);
      if (!reading.isTasks) continue;
      const found = tasksOfTable(reading, { prefix: `${node.id || 'body'}/`, appendix: null, origin: 'body' }, ctx);
      if (!found.tasks.length) continue;
      addRows(rows, countRows(reading));
      for (const t of found.tasks) tasks.push(t);
    }
  }
  return { tasks, rows };
}
