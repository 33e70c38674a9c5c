import type { Responsibility, Source, Task } from '../model/types.js';
import { foldWords } from '../input/keys.js';
import stopwordData from '../../data/stopwords.json' with { type: 'json' };

/**
 * Pairs each duty of TỔ CHỨC THỰC HIỆN with the appendix task that describes the same work.
 *
 * Similarity is TF-IDF cosine over folded syllables and syllable pairs (Vietnamese words are
 * mostly two syllables: "tuyên truyền", "đầu tư", so pairs carry the meaning that single
 * syllables share with everything), without the function words of data/stopwords.json.
 * Scores are accumulated through an inverted index (term → tasks that contain it), so a duty
 * only touches the tasks it shares a term with: not a duties × tasks scan.
 *
 * PAIRING_THRESHOLD = 0.38, chosen by reading every duty of TỔ CHỨC THỰC HIỆN against its best
 * task in three plans (scores from this module; "same work" judged by hand):
 *   same work:      446 Hà Tĩnh IV.5 ↔ II.2 and III.1, IV.6 ↔ II.4/II.5/III.3/IV.2, IV.7 ↔ I.2: 1.00;
 *                   IV.2 ↔ III.2 0.97, IV.3 ↔ II.7 0.91, IV.1 ↔ I.3 0.88, IV.7 ↔ I.1 0.86,
 *                   IV.5 ↔ II.1 0.80, IV.2 ↔ II.3 0.75, IV.5 ↔ II.5 0.42;
 *                   617 Đồng Tháp 3 ↔ task 5 1.00; 310 Hà Nội 1 ↔ task 1 0.64, 5 ↔ task 5 0.39.
 *   not the same:   310 Hà Nội 2 ↔ task 1 0.37, 4 ↔ task 1 0.32; 617 Đồng Tháp 5 ↔ task 5 0.29;
 *                   446 IV.3 "Lồng ghép … cuộc thi" ↔ II.7 0.28, IV.1 "Chủ trì … triển khai" ↔ II.5 0.25;
 *                   everything else below 0.25.
 * The highest unrelated pair is 0.366 and the lowest true one 0.387: 0.38 sits between them.
 * The gap is narrow, so every finding quotes its score and `--explain` lists every pairing.
 *
 * A score above the threshold is not enough when the duty is generic. Đồng Nai 179 gives most
 * units "Chủ trì, phối hợp triển khai các nhiệm vụ … của Kế hoạch": such a duty scores about as
 * well against several tasks (VI.8 ↔ C.V.5.2 0.42, the next task 0.25; VI.7 0.378 vs 0.358) and
 * is none of them. So a pair also has to stand out (the test of a distinct nearest neighbour):
 * a score of at least CONFIDENT_SCORE, or DISTINCT_RATIO times the second-best task's score.
 * Every true pair listed above passes (the lowest ratio among those under 0.6 is IV.5 ↔ II.5,
 * 0.42 vs 0.16 = 2.6); VI.8 (ratio 1.67) no longer accuses the Ngân hàng nhà nước.
 */
export const PAIRING_THRESHOLD = 0.38;
export const CONFIDENT_SCORE = 0.6;
export const DISTINCT_RATIO = 1.8;

/** The three numbers above, which plan.config.yaml may change (task-owner-mismatch's options). */
export interface PairingOptions {
  readonly threshold: number;
  readonly confidentScore: number;
  readonly distinctRatio: number;
}

export const DEFAULT_PAIRING: PairingOptions = { threshold: PAIRING_THRESHOLD, confidentScore: CONFIDENT_SCORE, distinctRatio: DISTINCT_RATIO };

/** Whether a score and the second-best task's score make a pair: high enough, and standing out. */
export function isPaired(score: number, runnerUp: number, options: PairingOptions = DEFAULT_PAIRING): boolean {
  return score >= options.threshold && (score >= options.confidentScore || score >= options.distinctRatio * runnerUp);
}

export interface Pairing {
  readonly responsibility: Responsibility;
  readonly dutyIndex: number;
  readonly duty: string;
  readonly dutySource: Source;
  /** The best-scoring task, whatever its score (null when the duty shares no term with any task). */
  readonly best: Task | null;
  readonly score: number;
  /** The score of the second-best task (0 when there is none). */
  readonly runnerUp: number;
  /** Whether the score reaches the threshold and stands out: the duty and the task are the same work. */
  readonly paired: boolean;
}

const STOP: ReadonlySet<string> = new Set(stopwordData.words);

/** Terms of a text: folded syllables and pairs of adjacent syllables, stop words left out. */
export function termsOf(text: string): string[] {
  const words = foldWords(text);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (STOP.has(w)) continue;
    out.push(w);
    const next = words[i + 1];
    if (next !== undefined && !STOP.has(next)) out.push(`${w} ${next}`);
  }
  return out;
}

function termCounts(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of termsOf(text)) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

export interface TaskIndex {
  /** Best task for a text, with its cosine score and the second-best score. */
  best(text: string): { task: Task; score: number; runnerUp: number } | null;
  /** Every task sharing a term with the text, best first (for tests and --explain). */
  scores(text: string): { task: Task; score: number }[];
}

/** Builds the inverted index over task descriptions once; queries then cost their postings. */
export function indexTasks(tasks: readonly Task[]): TaskIndex {
  const counts = tasks.map((t) => termCounts(t.description));
  const df = new Map<string, number>();
  for (const c of counts) for (const term of c.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = tasks.length;
  const idf = (term: string): number => Math.log((n + 1) / ((df.get(term) ?? 0) + 1)) + 1;
  const postings = new Map<string, { task: number; weight: number }[]>();
  const norms = new Float64Array(n);
  counts.forEach((c, i) => {
    let sum = 0;
    for (const [term, tf] of c) {
      const w = (1 + Math.log(tf)) * idf(term);
      sum += w * w;
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push({ task: i, weight: w });
    }
    norms[i] = Math.sqrt(sum);
  });

  // Dot products accumulate in one array reused by every query; `touched` lists the tasks a
  // query met, so a query costs its postings, not the number of tasks.
  const acc = new Float64Array(n);
  const touched: number[] = [];

  function accumulate(text: string): number {
    touched.length = 0;
    let norm = 0;
    for (const [term, tf] of termCounts(text)) {
      const w = (1 + Math.log(tf)) * idf(term);
      norm += w * w;
      for (const p of postings.get(term) ?? []) {
        if (acc[p.task] === 0) touched.push(p.task);
        acc[p.task] = (acc[p.task] ?? 0) + w * p.weight;
      }
    }
    return Math.sqrt(norm);
  }

  function collect(norm: number): { i: number; score: number }[] {
    const hits: { i: number; score: number }[] = [];
    for (const i of touched) {
      const tn = norms[i] ?? 0;
      if (tn > 0 && norm > 0) hits.push({ i, score: (acc[i] ?? 0) / (norm * tn) });
      acc[i] = 0;
    }
    return hits;
  }

  function scores(text: string): { task: Task; score: number }[] {
    const hits = collect(accumulate(text));
    // Ties go to document order, so the result never depends on iteration order.
    hits.sort((a, b) => b.score - a.score || a.i - b.i);
    return hits.flatMap((h) => {
      const task = tasks[h.i];
      return task ? [{ task, score: h.score }] : [];
    });
  }

  return {
    scores,
    best(text) {
      let top: { i: number; score: number } | null = null;
      let runnerUp = 0;
      for (const h of collect(accumulate(text))) {
        if (!top || h.score > top.score || (h.score === top.score && h.i < top.i)) {
          if (top) runnerUp = Math.max(runnerUp, top.score);
          top = h;
        } else runnerUp = Math.max(runnerUp, h.score);
      }
      const task = top ? tasks[top.i] : undefined;
      return top && task ? { task, score: top.score, runnerUp } : null;
    },
  };
}

/** Every duty of every responsibility with its best appendix task. */
export function pairDuties(
  responsibilities: readonly Responsibility[],
  tasks: readonly Task[],
  options: PairingOptions = DEFAULT_PAIRING,
): Pairing[] {
  const index = indexTasks(tasks.filter((t) => t.origin === 'appendix'));
  const out: Pairing[] = [];
  for (const r of responsibilities) {
    r.duties.forEach((duty, dutyIndex) => {
      const hit = index.best(duty);
      out.push({
        responsibility: r,
        dutyIndex,
        duty,
        dutySource: r.dutySources[dutyIndex] ?? r.source,
        best: hit?.task ?? null,
        score: hit?.score ?? 0,
        runnerUp: hit?.runnerUp ?? 0,
        paired: hit !== null && isPaired(hit.score, hit.runnerUp, options),
      });
    });
  }
  return out;
}
