import type { Task, UnitRef, Source } from '../model/types.js';
import type { Item, OutlineNode } from '../outline/build.js';
import { roleOfTitle } from '../outline/roles.js';
import { parseTimeframe } from './timeframe.js';
import { splitUnits } from '../units/split.js';
import { fieldsOf, labelKind, delegationOf, type Field } from '../outline/labels.js';
import type { ExtractContext } from './context.js';
import { idAllocator } from '../model/unique-id.js';

/** A field with where it was read. */
interface Placed extends Field {
  readonly offset: number;
}

/** What a section holds, in reading order: its paragraphs and bullets, and its sub-sections. */
type Entry = { readonly kind: 'item'; readonly item: Item; readonly offset: number } | { readonly kind: 'node'; readonly node: OutlineNode; readonly offset: number };

/**
 * Tasks written in the body (issue 3 §5, spec "tasks"): a run of labelled fields ("Đơn vị chủ
 * trì: …", "Đơn vị phối hợp: …", "Thời gian thực hiện: …", or headings "a) Cơ quan chủ trì"
 * over a list of units) assigns the task written just before it — a single bullet or
 * paragraph — or, when several bullets or sub-sections come before it, the section itself. A
 * delegation in parentheses ("(Giao Công an tỉnh chủ trì, phối hợp với …)") assigns the
 * sentence it closes. Sections of TỔ CHỨC THỰC HIỆN are responsibilities, not tasks.
 */
export function extractBodyTasks(root: OutlineNode, ctx: ExtractContext): Task[] {
  const tasks: Task[] = [];
  const uniqueId = idAllocator();
  const scan = (n: OutlineNode): void => {
    const entries: Entry[] = [
      ...n.items.map((item): Entry => ({ kind: 'item', item, offset: item.para.offset })),
      ...n.children.map((node): Entry => ({ kind: 'node', node, offset: node.para?.offset ?? 0 })),
    ].sort((a, b) => a.offset - b.offset);
    let before: Entry[] = [];
    let group: { fields: Placed[]; before: Entry[] } | null = null;
    const groups: { fields: Placed[]; before: Entry[] }[] = [];
    for (const e of entries) {
      const fields = e.kind === 'item' ? itemFields(e.item) : nodeFields(e.node);
      if (fields.length) {
        if (!group) {
          group = { fields: [], before };
          groups.push(group);
        }
        for (const f of fields) group.fields.push(f);
        continue;
      }
      if (group) {
        group = null;
        before = [];
      }
      before.push(e);
      const text = e.kind === 'item' ? e.item.text : e.node.title;
      const d = delegationOf(text);
      if (d && d.description) {
        const id = e.kind === 'node' ? e.node.id : n.id;
        const number = e.kind === 'node' ? e.node.number : n.number;
        const fields: Placed[] = [{ kind: 'lead', label: 'Giao', value: d.lead, at: 0, offset: e.offset }];
        if (d.support) fields.push({ kind: 'support', label: 'phối hợp với', value: d.support, at: 0, offset: e.offset });
        tasks.push(taskOf(uniqueId(id), number, d.description, fields, e.offset, ctx));
      }
      if (e.kind === 'node') scan(e.node);
    }
    for (const g of groups) {
      if (!g.fields.some((f) => f.kind === 'lead' || f.kind === 'support')) continue;
      const only = g.before.length === 1 ? g.before[0] : undefined;
      const description = only?.kind === 'item' ? only.item.text : n.title;
      const offset = only?.offset ?? n.para?.offset ?? g.fields[0]?.offset ?? 0;
      tasks.push(taskOf(uniqueId(n.id), n.number, description, g.fields, offset, ctx));
    }
  };
  for (const top of root.children) if (roleOfTitle(top.title) !== 'organization') scan(top);
  return tasks.sort((a, b) => a.source.line - b.source.line || a.source.column - b.source.column);
}

function itemFields(item: Item): Placed[] {
  return fieldsOf(item.text).map((f) => ({ ...f, offset: item.para.offset }));
}

/**
 * A sub-section that is itself part of an assignment: "3. Thời gian thực hiện: …", "a) Cơ
 * quan chủ trì" over a list of units, or "2. Cơ quan chủ trì, phối hợp" over such headings.
 */
function nodeFields(n: OutlineNode): Placed[] {
  const offset = n.para?.offset ?? 0;
  const inline = fieldsOf(n.title);
  if (inline.length) {
    // "a) Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính." — units after the colon, and any listed under it.
    const listed = listedValue(n);
    return inline.map((f, i) => ({ ...f, value: i === 0 && !f.value && listed ? listed : f.value, offset }));
  }
  const kind = labelKind(n.title.replace(/[.:]\s*$/, ''));
  const fromChildren = n.children.flatMap(nodeFields);
  if (fromChildren.length && (kind || headsAssignment(n.title))) return fromChildren;
  if (!kind || n.children.length) return [];
  return [{ kind, label: n.title, value: listedValue(n), at: 0, offset }];
}

// "Cơ quan chủ trì, phối hợp", "Cơ quan chủ trì, thực hiện": a heading that names two labels.
function headsAssignment(title: string): boolean {
  return title.split(/,\s*/).some((part) => labelKind(part) !== null);
}

/** The units listed as bullets under a label heading, one per bullet. */
function listedValue(n: OutlineNode): string {
  return n.items.map((i) => i.text.replace(/[;.,\s]+$/, '').trim()).filter(Boolean).join('; ');
}

function taskOf(id: string, number: string, description: string, fields: readonly Placed[], offset: number, ctx: ExtractContext): Task {
  const lead: UnitRef[] = [];
  const support: UnitRef[] = [];
  let leadSource: Source | undefined;
  let supportSource: Source | undefined;
  let timeframe: Task['timeframe'] = null;
  const extra: Record<string, string> = {};
  for (const f of fields) {
    if (f.kind === 'lead' || f.kind === 'support') {
      const units = splitUnits(f.value).map(({ text, name, collective, person, role }) => ({ text, name, collective, person, role }));
      for (const u of units) (f.kind === 'lead' ? lead : support).push(u);
      if (f.kind === 'lead') leadSource ??= ctx.locate(f.offset);
      else supportSource ??= ctx.locate(f.offset);
    } else if (f.kind === 'timeframe') timeframe ??= parseTimeframe(f.value);
    else if (f.value) extra[f.label] = f.value;
  }
  return {
    id,
    origin: 'body',
    appendix: null,
    group: null,
    number,
    parent: null,
    description: description.replace(/\s+/g, ' ').trim(),
    lead,
    support,
    timeframe,
    extra,
    source: ctx.locate(offset),
    ...(leadSource ? { leadSource } : {}),
    ...(supportSource ? { supportSource } : {}),
  };
}
