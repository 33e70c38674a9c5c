import type { LoadedPlan } from '../context.js';
import type { ExportJob, ExportResult } from './spec.js';
import { jsonChunks, toJsonLine, toYaml } from '../../format/data.js';
import { withSuccessors } from '../../query/as-of.js';

/** `plan export` of one plan: its text in pieces (JSON, a JSON line or a YAML document). */
export async function exportFile(spec: ExportJob, loaded: LoadedPlan): Promise<ExportResult> {
  const plan = spec.asOf === undefined ? loaded.plan : withSuccessors(loaded.plan, spec.asOf);
  if (spec.format === 'jsonl') return { kind: 'export', pieces: [toJsonLine(plan)] };
  if (spec.format === 'yaml') return { kind: 'export', pieces: [await toYaml(plan)] };
  return { kind: 'export', pieces: withoutLastNewline(jsonChunks(plan)) };
}

/** jsonChunks ends a plan with a newline; the batch writer puts what separates plans in its place. */
function* withoutLastNewline(pieces: Iterable<string>): Generator<string> {
  let held: string | null = null;
  for (const piece of pieces) {
    if (held !== null) yield held;
    held = piece;
  }
  if (held !== null) yield held.replace(/\n$/, '');
}
