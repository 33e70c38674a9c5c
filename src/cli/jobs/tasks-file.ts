import type { LoadedPlan } from '../context.js';
import type { TasksJob, TasksResult } from './spec.js';
import { findTasks } from '../../query/tasks.js';
import { planDigest } from '../../query/digest.js';

/** `plan tasks` on one plan: its tasks that pass the filters, and its digest for an empty result. */
export function tasksFile(spec: TasksJob, loaded: LoadedPlan): TasksResult {
  const { filters } = spec;
  return {
    kind: 'tasks',
    hits: findTasks([loaded], filters),
    digest: planDigest(loaded, filters),
  };
}
