import type { LoadedPlan } from '../context.js';
import type { Job, JobResult } from './spec.js';

/**
 * The work a batch command does on one plan, the same in the main thread and in a worker
 * (issue 19): what --jobs 1 and --jobs N write is the same by construction. The model is not
 * kept: only the result leaves. Each command's work is its own module, loaded when a file of
 * that command comes (issue 19: `plan tasks` does not load the validator's rules and tables).
 */
export async function runFile(spec: Job, loaded: LoadedPlan): Promise<JobResult> {
  switch (spec.kind) {
    case 'export':
      return (await import('./export-file.js')).exportFile(spec, loaded);
    case 'validate':
      return (await import('./validate-file.js')).validateFile(spec, loaded);
    case 'tasks':
      return (await import('./tasks-file.js')).tasksFile(spec, loaded);
  }
}
