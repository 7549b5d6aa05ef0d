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
  /** How many distinct terms the texts hold. */
  terms: number;
  /** Reused accumulator, one slot per document. */
  scratch?: Float64Array;
  /** Reused query vector, one slot per term. */
  dense?: Float64Array;
}

/** How many of an item's words are looked up, and how many items each word lists at most. */
const QUERY_TERMS = 12;
const POSTINGS_KEPT = 128;

/**
 * Texts, or their tokens when the caller has them already. Without postings
 * the index serves only exact similarities between given documents.
 */
export function buildIndex(texts: (string | Token[])[], options: { postings?: boolean } = {}): Index {
  // Term counts in flat arrays indexed by term id: no map per document.
  const termIds = new Map<string, number>();
  const tf: number[] = [];
  const df: number[] = [];
  const docs = texts.map((t) => {
    const terms: number[] = [];
    for (const s of contentStems(t)) {
      let id = termIds.get(s);
      if (id === undefined) {
        termIds.set(s, (id = termIds.size));
        tf.push(0);
        df.push(0);
      }
      if (tf[id] === 0) terms.push(id);
      tf[id]!++;
    }
    const counts = terms.map((id) => tf[id]!);
    for (const id of terms) {
      tf[id] = 0;
      df[id]!++;
    }
    return { terms, counts };
  });
  const n = texts.length;

  const vectors = docs.map(({ terms, counts }) => {
    const raw = terms.map((id, i) => (1 + Math.log(counts[i]!)) * Math.log((n + 1) / df[id]!));
    const norm = Math.hypot(...raw) || 1;
    const order = terms.map((_, i) => i).sort((a, b) => raw[b]! - raw[a]! || terms[a]! - terms[b]!);
    return { terms: order.map((i) => terms[i]!), weights: order.map((i) => raw[i]! / norm) };
  });

  const postings = new Map<number, { docs: Int32Array; weights: Float64Array }>();
  if (options.postings === false) return { vectors, postings, terms: termIds.size };
  const lists = new Map<number, { doc: number; weight: number }[]>();
  vectors.forEach((v, doc) =>
    v.terms.forEach((t, i) => {
      let list = lists.get(t);
      if (!list) lists.set(t, (list = []));
      list.push({ doc, weight: v.weights[i]! });
    }),
  );
  for (const [t, list] of lists) {
    list.sort((a, b) => b.weight - a.weight || a.doc - b.doc);
    const kept = list.slice(0, POSTINGS_KEPT);
    postings.set(t, { docs: Int32Array.from(kept, (p) => p.doc), weights: Float64Array.from(kept, (p) => p.weight) });
  }
  return { vectors, postings, terms: termIds.size };
}

/** How many of the best-scoring candidates are scored exactly. */
const RESCORED = 32;

/**
 * The `k` most similar documents to `doc` with a cosine of at least
 * `threshold`, among those `allowed` accepts; best first, ties by position.
 * Candidates are gathered by accumulating weights along the posting lists of
 * the document's heaviest terms; the best of them are then scored exactly.
 */
export function nearest(
  index: Index,
  doc: number,
  k: number,
  threshold: number,
  allowed: (other: number) => boolean,
): { doc: number; score: number }[] {
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
  // The best RESCORED candidates, kept in order as they come (no sort of every
  // candidate, and nothing allocated for those that do not make the list).
  const docs: number[] = [];
  const scores: number[] = [];
  for (const other of touched) {
    const score = acc[other]!;
    acc[other] = 0;
    const full = docs.length === RESCORED;
    if (full && !(score > scores[RESCORED - 1]! || (score === scores[RESCORED - 1]! && other < docs[RESCORED - 1]!)))
      continue;
    if (!allowed(other)) continue;
    let at = docs.length;
    while (at > 0 && (score > scores[at - 1]! || (score === scores[at - 1]! && other < docs[at - 1]!))) at--;
    docs.splice(at, 0, other);
    scores.splice(at, 0, score);
    if (docs.length > RESCORED) {
      docs.pop();
      scores.pop();
    }
  }
  const exact = similarities(index, doc, docs);
  return docs
    .map((other, n) => ({ doc: other, score: Math.round(exact[n]! * 1000) / 1000 }))
    .filter((r) => r.score >= threshold)
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
    .slice(0, k);
}

/**
 * Exact cosine between a document and each of others: the query is spread
 * over a dense array once, so each comparison is a walk over the other's terms.
 */
export function similarities(index: Index, doc: number, others: number[]): number[] {
  const dense = (index.dense ??= new Float64Array(index.terms));
  const v = index.vectors[doc]!;
  for (let i = 0; i < v.terms.length; i++) dense[v.terms[i]!] = v.weights[i]!;
  const out = others.map((o) => {
    const w = index.vectors[o]!;
    let s = 0;
    for (let i = 0; i < w.terms.length; i++) s += dense[w.terms[i]!]! * w.weights[i]!;
    return s;
  });
  for (let i = 0; i < v.terms.length; i++) dense[v.terms[i]!] = 0;
  return out;
}

/** Exact cosine between two documents of the index. */
export function similarity(index: Index, a: number, b: number): number {
  return similarities(index, a, [b])[0]!;
}
