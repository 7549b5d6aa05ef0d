// "Similar recommendations": TF-IDF over stemmed words, cosine similarity.
// No all-pairs loop: each item looks only at the items that share its most
// telling words, through posting lists cut to their heaviest entries, so the
// work grows with the number of items times a constant.
import { contentStems, type Token } from './words.ts';

export interface Doc {
  /** Position in the input, for stable results. */
  index: number;
  text: string;
}

export interface Vector {
  terms: number[];
  weights: number[];
}

export interface Index {
  vectors: Vector[];
  /** Per term, the documents holding it (heaviest first) and their weights. */
  postings: Map<number, { docs: Int32Array; weights: Float64Array }>;
  /** Reused accumulator, one slot per document. */
  scratch?: Float64Array;
}

/** How many of an item's words are looked up, and how many items each word lists at most. */
const QUERY_TERMS = 12;
const POSTINGS_KEPT = 128;

/**
 * Texts, or their tokens when the caller has them already. Without postings
 * the index serves only exact similarities between given documents.
 */
export function buildIndex(texts: (string | Token[])[], options: { postings?: boolean } = {}): Index {
  const termIds = new Map<string, number>();
  const counts = texts.map((t) => {
    const tf = new Map<number, number>();
    for (const s of contentStems(t)) {
      let id = termIds.get(s);
      if (id === undefined) termIds.set(s, (id = termIds.size));
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    return tf;
  });
  const df = new Map<number, number>();
  for (const tf of counts) for (const id of tf.keys()) df.set(id, (df.get(id) ?? 0) + 1);
  const n = texts.length;

  const vectors = counts.map((tf) => {
    const terms = [...tf.keys()];
    const raw = terms.map((id) => (1 + Math.log(tf.get(id)!)) * Math.log((n + 1) / df.get(id)!));
    const norm = Math.hypot(...raw) || 1;
    const order = terms.map((_, i) => i).sort((a, b) => raw[b]! - raw[a]! || terms[a]! - terms[b]!);
    return { terms: order.map((i) => terms[i]!), weights: order.map((i) => raw[i]! / norm) };
  });

  const postings = new Map<number, { docs: Int32Array; weights: Float64Array }>();
  if (options.postings === false) return { vectors, postings };
  const lists = new Map<number, { doc: number; weight: number }[]>();
  vectors.forEach((v, doc) => v.terms.forEach((t, i) => {
    let list = lists.get(t);
    if (!list) lists.set(t, (list = []));
    list.push({ doc, weight: v.weights[i]! });
  }));
  for (const [t, list] of lists) {
    list.sort((a, b) => b.weight - a.weight || a.doc - b.doc);
    const kept = list.slice(0, POSTINGS_KEPT);
    postings.set(t, { docs: Int32Array.from(kept, (p) => p.doc), weights: Float64Array.from(kept, (p) => p.weight) });
  }
  return { vectors, postings };
}

/** Exact cosine of a normalised vector, given as a term → weight map, and another. */
function cosine(a: Map<number, number>, b: Vector): number {
  let s = 0;
  for (let i = 0; i < b.terms.length; i++) s += (a.get(b.terms[i]!) ?? 0) * b.weights[i]!;
  return s;
}

const asMap = (v: Vector) => new Map(v.terms.map((t, i) => [t, v.weights[i]!]));

/** How many of the best-scoring candidates are scored exactly. */
const RESCORED = 32;

/**
 * The `k` most similar documents to `doc` with a cosine of at least
 * `threshold`, among those `allowed` accepts; best first, ties by position.
 * Candidates are gathered by accumulating weights along the posting lists of
 * the document's heaviest terms; the best of them are then scored exactly.
 */
export function nearest(index: Index, doc: number, k: number, threshold: number, allowed: (other: number) => boolean): { doc: number; score: number }[] {
  const v = index.vectors[doc]!;
  const acc = (index.scratch ??= new Float64Array(index.vectors.length));
  const touched: number[] = [];
  const terms = Math.min(QUERY_TERMS, v.terms.length);
  for (let i = 0; i < terms; i++) {
    const list = index.postings.get(v.terms[i]!);
    if (!list) continue;
    const w = v.weights[i]!;
    for (let n = 0; n < list.docs.length; n++) {
      const other = list.docs[n]!;
      if (other === doc) continue;
      if (acc[other] === 0) touched.push(other);
      acc[other] = acc[other]! + w * list.weights[n]!;
    }
  }
  // The best RESCORED candidates, kept in order as they come (no sort of every candidate).
  const shortlist: [number, number][] = [];
  const better = (a: [number, number], b: [number, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  for (const other of touched) {
    const entry: [number, number] = [other, acc[other]!];
    acc[other] = 0;
    if (shortlist.length === RESCORED && !better(entry, shortlist[RESCORED - 1]!)) continue;
    if (!allowed(other)) continue;
    let at = shortlist.length;
    while (at > 0 && better(entry, shortlist[at - 1]!)) at--;
    shortlist.splice(at, 0, entry);
    if (shortlist.length > RESCORED) shortlist.pop();
  }
  const query = asMap(v);
  return shortlist
    .map(([other]) => ({ doc: other, score: Math.round(cosine(query, index.vectors[other]!) * 1000) / 1000 }))
    .filter((r) => r.score >= threshold)
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
    .slice(0, k);
}

/** Exact cosine between a document and each of others. */
export function similarities(index: Index, doc: number, others: number[]): number[] {
  const query = asMap(index.vectors[doc]!);
  return others.map((o) => cosine(query, index.vectors[o]!));
}

/** Exact cosine between two documents of the index. */
export function similarity(index: Index, a: number, b: number): number {
  return similarities(index, a, [b])[0]!;
}
