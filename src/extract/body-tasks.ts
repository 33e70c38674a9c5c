import type { Task, UnitRef, Source } from '../model/types.js';
import type { Item, OutlineNode } from '../outline/build.js';
import { roleOfTitle } from '../outline/roles.js';
import { parseTimeframe } from './timeframe.js';
import { fieldsOf, labelKind, trailingFieldsOf, type Field } from '../outline/labels.js';
import type { ExtractContext } from './context.js';
import { idAllocator } from '../model/unique-id.js';
import { readAssignment, type Piece } from './assignment-clause.js';
import { assignedSentenceOf, type AssignedSentence } from './assigned-sentence.js';
import { delegationOf } from './unit-address.js';
import { placeInPara, readUnitRefs, type Place } from './unit-refs.js';
import { compareSources } from '../model/source-order.js';

/** A field with where it was read: `place` maps an index in its value to an offset in the file. */
interface Placed extends Field {
  readonly offset: number;
  readonly place: Place;
}

/** What a section holds, in reading order: its paragraphs and bullets, and its sub-sections. */
type Entry = { readonly kind: 'item'; readonly item: Item; readonly offset: number } | { readonly kind: 'node'; readonly node: OutlineNode; readonly offset: number };

interface Group {
  readonly fields: Placed[];
  readonly before: Entry[];
  /** The last field's label stood alone and "+" or "-" lines are its value. */
  listed: boolean;
}

/**
 * Tasks written in the body (issue 3 §5, spec "tasks"): a run of labelled fields ("Đơn vị chủ
 * trì: …", "Đơn vị phối hợp: …", "Thời gian thực hiện: …", or headings "a) Cơ quan chủ trì"
 * over a list of units) assigns the task written just before it — a single bullet or
 * paragraph — or, when several bullets or sub-sections come before it, the section itself. A
 * delegation in parentheses ("(Giao Công an tỉnh chủ trì, phối hợp với …)") assigns the
 * sentence it closes. A label's value may be a clause ("X chủ trì, phối hợp với Y; Z"): the
 * units before the verb lead, those after "phối hợp với" support (issue 12 §3). Sections of TỔ
 * CHỨC THỰC HIỆN are responsibilities, not tasks.
 */
export function extractBodyTasks(root: OutlineNode, ctx: ExtractContext): Task[] {
  const tasks: Task[] = [];
  const uniqueId = idAllocator();
  // Sentences assign tasks only where tasks are set out, not among the purposes and requirements
  // ("Các đơn vị chủ trì nhiệm vụ … có trách nhiệm …" is a requirement).
  let sentencesAssign = true;
  const scan = (n: OutlineNode): void => {
    const entries: Entry[] = [
      ...n.items.map((item): Entry => ({ kind: 'item', item, offset: item.para.offset })),
      ...n.children.map((node): Entry => ({ kind: 'node', node, offset: node.para?.offset ?? 0 })),
    ].sort((a, b) => a.offset - b.offset);
    let before: Entry[] = [];
    let group: Group | null = null;
    const groups: Group[] = [];
    const sentences: { readonly item: Item; readonly sentence: AssignedSentence; readonly offset: number }[] = [];
    for (const e of entries) {
      const fields = e.kind === 'item' ? itemFields(e.item) : nodeFields(e.node);
      if (fields.length) {
        if (!group) {
          group = { fields: [], before, listed: false };
          groups.push(group);
        }
        for (const f of fields) group.fields.push(f);
        group.listed = false;
        continue;
      }
      // "Thời gian thực hiện:" over "+ Năm 2026: …" lines: the lines are the label's value.
      if (group && e.kind === 'item' && e.item.kind !== 'text' && continuesEmptyField(group)) {
        appendToLast(group, e.item);
        continue;
      }
      if (group) {
        group = null;
        before = [];
      }
      before.push(e);
      const para = e.kind === 'item' ? e.item.para : e.node.para;
      const text = e.kind === 'item' ? e.item.text : e.node.title;
      const trailing = para ? trailingFieldsOf(text) : null;
      const d = trailing ? null : delegationOf(text);
      if (trailing && para && trailing.fields.some((f) => f.kind === 'lead' || f.kind === 'support')) {
        // "1. Dự báo nguồn nước. Đơn vị chủ trì: X. Đơn vị phối hợp: Y." or "… (cơ quan chủ
        // trì: X; thời gian thực hiện: Z).": the labels assign the task they follow.
        const inText = placeInPara(para, text);
        const fields = trailing.fields.map((f): Placed => ({ ...f, offset: e.offset, place: (i) => inText(f.at + i) }));
        const [id, number] = e.kind === 'node' ? [e.node.id, e.node.number] : [n.id, n.number];
        tasks.push(taskOf(uniqueId(id), number, trailing.description, fields, e.offset, ctx));
      } else if (d && d.description && para) {
        const id = e.kind === 'node' ? e.node.id : n.id;
        const number = e.kind === 'node' ? e.node.number : n.number;
        const inText = placeInPara(para, text);
        const place: Place = (i) => inText(d.index + i);
        const fields: Placed[] = [
          ...d.clause.lead.map((p) => pieceField('lead', 'Giao', p, e.offset, place)),
          ...d.clause.support.map((p) => pieceField('support', 'phối hợp với', p, e.offset, place)),
        ];
        tasks.push(taskOf(uniqueId(id), number, d.description, fields, e.offset, ctx));
      } else if (e.kind === 'item' && e.item.kind !== 'plus') {
        const sentence = assignedSentenceOf(text, ctx.planYear);
        if (sentence) sentences.push({ item: e.item, sentence, offset: e.offset });
      } else if (e.kind === 'node' && sentencesAssign && para && !e.node.children.length && !e.node.items.length) {
        // "1. Biên soạn tài liệu: … Sở Tư pháp là cơ quan chủ trì; …" — a numbered paragraph
        // with nothing under it is read whole as its heading: the sentence after the task assigns it.
        const sentence = assignedSentenceOf(text, ctx.planYear);
        const inTitle = placeInPara(para, text);
        if (sentence?.description) tasks.push(sentenceTask(uniqueId(e.node.id), e.node.number, sentence.description, sentence, e.offset, (i) => inTitle(sentence.at + i), ctx));
      }
      if (e.kind === 'node') scan(e.node);
    }
    // "Sở Nội vụ chủ trì, phối hợp với … tổ chức …" or "Giao Sở Nội vụ chủ trì …" under a
    // numbered task assigns it, when no label does (issue 12 §2–3): the task is the text before
    // the sentence in its paragraph, or the section's title.
    if (sentencesAssign && !groups.length && n.title) {
      for (const { item, sentence, offset } of sentences) {
        const inItem = placeInPara(item.para, item.text);
        tasks.push(sentenceTask(uniqueId(n.id), n.number, sentence.description ?? n.title.replace(/:\s*$/u, ''), sentence, offset, (i) => inItem(sentence.at + i), ctx));
      }
    }
    for (const g of groups) {
      if (!g.fields.some((f) => f.kind === 'lead' || f.kind === 'support')) continue;
      const only = g.before.length === 1 ? g.before[0] : undefined;
      const description = only?.kind === 'item' ? only.item.text : n.title;
      const offset = only?.offset ?? n.para?.offset ?? g.fields[0]?.offset ?? 0;
      tasks.push(taskOf(uniqueId(n.id), n.number, description, g.fields, offset, ctx));
    }
  };
  for (const top of root.children) {
    const role = roleOfTitle(top.title);
    if (role === 'organization') continue;
    sentencesAssign = role !== 'objectives';
    scan(top);
  }
  return tasks.sort((a, b) => compareSources(a.source, b.source));
}

/** The task a sentence assigns: its lead and support units, and the time written after them. */
function sentenceTask(id: string, number: string, description: string, sentence: AssignedSentence, offset: number, inText: Place, ctx: ExtractContext): Task {
  const fields: Placed[] = [
    ...sentence.clause.lead.map((p) => pieceField('lead', 'chủ trì', p, offset, inText)),
    ...sentence.clause.support.map((p) => pieceField('support', 'phối hợp với', p, offset, inText)),
  ];
  const task = taskOf(id, number, description, fields, offset, ctx);
  return sentence.timeframe ? { ...task, timeframe: sentence.timeframe } : task;
}

function pieceField(kind: 'lead' | 'support', label: string, p: Piece, offset: number, place: Place): Placed {
  return { kind, label, value: p.text, at: p.index, offset, place: (i) => place(p.index + i) };
}

function continuesEmptyField(g: Group): boolean {
  const last = g.fields[g.fields.length - 1];
  return last !== undefined && (last.value === '' || g.listed);
}

/** Appends a "+" or "-" line to the value of the group's last field, keeping where each part is written. */
function appendToLast(g: Group, item: Item): void {
  const last = g.fields.pop() as Placed;
  const text = item.text.replace(/[;.\s]+$/u, '');
  const from = last.value ? last.value.length + 2 : 0;
  const value = last.value ? `${last.value}; ${text}` : text;
  const inItem = placeInPara(item.para, item.text);
  const place: Place = (k) => (k < from ? last.place(k) : inItem(k - from));
  g.fields.push({ ...last, value, place });
  g.listed = true;
}

function itemFields(item: Item): Placed[] {
  const inText = placeInPara(item.para, item.text);
  return fieldsOf(item.text).map((f) => ({ ...f, offset: item.para.offset, place: (i: number) => inText(f.at + i) }));
}

/**
 * A sub-section that is itself part of an assignment: "3. Thời gian thực hiện: …", "a) Cơ
 * quan chủ trì" over a list of units, or "2. Cơ quan chủ trì, phối hợp" over such headings.
 */
function nodeFields(n: OutlineNode): Placed[] {
  const offset = n.para?.offset ?? 0;
  const inTitle = n.para ? placeInPara(n.para, n.title) : (i: number) => offset + i;
  const inline = fieldsOf(n.title);
  if (inline.length) {
    // "a) Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính." — units after the colon, and any listed under it.
    const listed = listedValue(n);
    return inline.map((f, i) =>
      i === 0 && !f.value && listed ? { ...f, value: listed.value, offset, place: listed.place } : { ...f, offset, place: (k: number) => inTitle(f.at + k) },
    );
  }
  const kind = labelKind(n.title.replace(/[.:]\s*$/, ''));
  const fromChildren = n.children.flatMap(nodeFields);
  if (fromChildren.length && (kind || headsAssignment(n.title))) return fromChildren;
  if (!kind || n.children.length) return [];
  const listed = listedValue(n);
  return [{ kind, label: n.title, value: listed?.value ?? '', at: 0, offset, place: listed?.place ?? inTitle }];
}

// "Cơ quan chủ trì, phối hợp", "Cơ quan chủ trì, thực hiện": a heading that names two labels.
function headsAssignment(title: string): boolean {
  return title.split(/,\s*/).some((part) => labelKind(part) !== null);
}

/** The units listed as bullets under a label heading, one per bullet, with where each is written. */
function listedValue(n: OutlineNode): { value: string; place: Place } | null {
  const parts: { text: string; from: number; place: Place }[] = [];
  let length = 0;
  for (const i of n.items) {
    const text = i.text.replace(/[;.,\s]+$/, '').trim();
    if (!text) continue;
    if (parts.length) length += 2;
    parts.push({ text, from: length, place: placeInPara(i.para, i.text) });
    length += text.length;
  }
  if (!parts.length) return null;
  const value = parts.map((p) => p.text).join('; ');
  const place: Place = (k) => {
    const p = [...parts].reverse().find((x) => x.from <= k) ?? (parts[0] as (typeof parts)[number]);
    return p.place(k - p.from);
  };
  return { value, place };
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
      for (const [kind, pieces] of assignmentOf(f)) {
        const units = pieces.flatMap((p) => readUnitRefs(p.text, (i) => f.place(p.index + i), ctx));
        for (const u of units) (kind === 'lead' ? lead : support).push(u);
        if (units.length && kind === 'lead') leadSource ??= ctx.locate(f.offset);
        if (units.length && kind === 'support') supportSource ??= ctx.locate(f.offset);
      }
    } else if (f.kind === 'timeframe') timeframe ??= parseTimeframe(f.value, ctx.planYear);
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

/**
 * The units of a lead or support field. A lead label's value may be a clause: its units before
 * the verb lead and those after "phối hợp với" support. Every unit of a support label supports.
 */
function assignmentOf(f: Placed): [('lead' | 'support'), Piece[]][] {
  const clause = readAssignment(f.value, 'value');
  const all = [...clause.lead, ...clause.support].sort((a, b) => a.index - b.index);
  if (f.kind === 'support') return [['support', all]];
  return [['lead', [...clause.lead]], ['support', [...clause.support]]];
}
