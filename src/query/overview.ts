import type { Coverage, Plan, Section, SectionRole } from '../model/types.js';

export interface OverviewSection {
  readonly id: string;
  readonly title: string;
  readonly role: SectionRole;
  /** Objectives read in the section or below it. */
  readonly objectives: number;
  /** Content areas below the section (the section itself not counted). */
  readonly contentAreas: number;
  /** Items (the "-" lines) of the content areas in the section or below it. */
  readonly contentItems: number;
  /** Responsibilities below the section (the section itself not counted). */
  readonly responsibilities: number;
  /** Duties of the responsibilities in the section or below it. */
  readonly duties: number;
  readonly children: readonly OverviewSection[];
}

export interface OverviewAppendix {
  readonly id: string;
  readonly kind: 'tasks' | 'table' | 'text';
  readonly title: string;
  readonly tasks: number;
  readonly groups: readonly { readonly id: string; readonly title: string; readonly tasks: number }[];
  /** Rows of a table that is not a task table. */
  readonly rows: number | null;
}

/** `plan show`: what fits on one screen. */
export interface PlanOverview {
  readonly document: {
    readonly number: string | null;
    readonly typeName: string | null;
    readonly title: string | null;
    readonly issuer: string | null;
    readonly place: string | null;
    readonly date: string | null;
    readonly signer: string | null;
    readonly signerTitle: string | null;
    readonly bases: number;
  };
  /** Top-level sections with their direct subsections (deeper levels are counted, not listed). */
  readonly outline: readonly OverviewSection[];
  readonly counts: {
    readonly sections: number;
    readonly objectives: number;
    readonly contentAreas: number;
    readonly responsibilities: number;
    readonly tasks: number;
    readonly units: number;
    readonly appendices: number;
  };
  readonly appendices: readonly OverviewAppendix[];
  readonly funding: boolean;
  /** The reporting deadline; month and day when it is written without a year ("trước ngày 10/12 hằng năm"). */
  readonly reporting: { readonly deadline: string | null; readonly recurring: boolean; readonly month?: number; readonly day?: number } | null;
  /** What the reader read and could not place; null for a plan built by hand. */
  readonly coverage: Coverage | null;
}

export function planOverview(plan: Plan): PlanOverview {
  const d = plan.document;
  const below = (id: string, other: string): boolean => other.startsWith(`${id}.`);
  const under = (id: string, other: string): boolean => other === id || below(id, other);
  const section = (s: Section, depth: number): OverviewSection => {
    const areas = plan.contentAreas.filter((a) => under(s.id, a.id));
    const resps = plan.responsibilities.filter((r) => under(s.id, r.id));
    return {
      id: s.id,
      title: s.title,
      role: s.role,
      objectives: plan.objectives.filter((o) => under(s.id, o.id)).length,
      contentAreas: areas.filter((a) => below(s.id, a.id)).length,
      contentItems: areas.reduce((n, a) => n + a.items.length, 0),
      responsibilities: resps.filter((r) => below(s.id, r.id)).length,
      duties: resps.reduce((n, r) => n + r.duties.length, 0),
      children: depth === 0 ? s.children.map((c) => section(c, 1)) : [],
    };
  };
  return {
    document: {
      number: d.number,
      typeName: d.typeName,
      title: d.title,
      issuer: d.issuer,
      place: d.place,
      date: d.date,
      signer: d.signature?.signer ?? null,
      signerTitle: d.signature?.title ?? null,
      bases: d.bases.length,
    },
    outline: plan.outline.map((s) => section(s, 0)),
    counts: {
      sections: countSections(plan.outline),
      objectives: plan.objectives.length,
      contentAreas: plan.contentAreas.length,
      responsibilities: plan.responsibilities.length,
      tasks: plan.tasks.length,
      units: plan.units.length,
      appendices: plan.appendices.length,
    },
    appendices: plan.appendices.map((a) => {
      const tasks = plan.tasks.filter((t) => t.appendix === a.id);
      return {
        id: a.id,
        kind: a.kind,
        title: a.title,
        tasks: tasks.length,
        // A group counts the tasks of its nested groups too ("A" holds "A.I", "A.II" …).
        groups: a.groups.map((g) => ({ id: g.id, title: g.title, tasks: tasks.filter((t) => t.group !== null && under(g.id, t.group.id)).length })),
        rows: a.rows === null ? null : a.rows.length,
      };
    }),
    funding: plan.funding !== null,
    reporting:
      plan.reporting === null
        ? null
        : {
            deadline: plan.reporting.deadline,
            recurring: plan.reporting.recurring,
            ...(plan.reporting.month !== undefined ? { month: plan.reporting.month } : {}),
            ...(plan.reporting.day !== undefined ? { day: plan.reporting.day } : {}),
          },
    coverage: plan.coverage ?? null,
  };
}

function countSections(sections: readonly Section[]): number {
  return sections.reduce((n, s) => n + 1 + countSections(s.children), 0);
}
