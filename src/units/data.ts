import data from '../../data/gazetteer.json' with { type: 'json' };
import heads from '../../data/unit-heads.json' with { type: 'json' };

/** One body of the gazetteer (data/gazetteer.json, domain.md §2.2, §3). */
export interface GazetteerEntry {
  /** The official name, used as the canonical name. */
  readonly name: string;
  /** Other ways documents write it (abbreviations are also expanded through `abbreviations`). */
  readonly variants: readonly string[];
  /** What sort of body it is ('department', 'ministry', 'media' …): decides which collectives could include it. */
  readonly kind: string;
  readonly collective?: boolean;
  /** The body that took over its work in the 2025 restructuring (domain.md §3.2). */
  readonly successor?: string;
}

export interface HeadWord {
  readonly head: string;
  readonly kind: string;
  /** The head is also the name of a field ("Thống kê"): data/unit-heads.json, regional agencies. */
  readonly field?: boolean;
}
export interface CollectiveNoun { readonly noun: string; readonly kinds: readonly string[] }

interface GazetteerData {
  readonly abbreviations: Readonly<Record<string, string>>;
  /** Every head of data/unit-heads.json, whatever its official category. */
  readonly heads: readonly HeadWord[];
  /** Words that place a regional agency after its head ("khu vực"): data/unit-heads.json. */
  readonly regionWords: readonly string[];
  /** Heads of boards named after the body they belong to ("Ban"), and the kinds of that body: data/unit-heads.json. */
  readonly ownedBoards: readonly string[];
  readonly ownerKinds: readonly string[];
  readonly namedHeads: readonly string[];
  readonly collectiveNouns: readonly CollectiveNoun[];
  readonly collectiveMarkers: readonly string[];
  /** Nouns for the members of the body named after them ("thành viên"). */
  readonly memberNouns: readonly string[];
  readonly titles: readonly string[];
  readonly leadIns: readonly string[];
  readonly qualifiers: readonly string[];
  readonly provinces: readonly string[];
  readonly units: readonly GazetteerEntry[];
}

/** The gazetteer files, typed. Bundled by esbuild, so no file is read at run time. */
export const GAZETTEER: GazetteerData = { ...data, heads: heads.categories.flatMap((c) => c.heads), regionWords: heads.regionWords, ownedBoards: heads.ownedBoards, ownerKinds: heads.ownerKinds };
