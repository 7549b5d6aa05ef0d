// "Similar recommendations": TF-IDF over stemmed words, cosine similarity.
// No all-pairs loop: each item looks only at the items that share its most
// telling words, through posting lists cut to their heaviest entries, so the
// work grows with the number of items times a constant.
import { contentStems } from './words.ts';

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
  postings: Map<number, { doc: number; weight: number }[]>;
}

/** How many of an item's words are looked up, and how many items each word lists at most. */
const QUERY_TERMS = 16;
const POSTINGS_KEPT = 256;

export function buildIndex(texts: string[]): Index {
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

  const postings = new Map<number, { doc: number; weight: number }[]>();
  vectors.forEach((v, doc) => v.terms.forEach((t, i) => {
    let list = postings.get(t);
    if (!list) postings.set(t, (list = []));
    list.push({ doc, weight: v.weights[i]! });
  }));
  for (const [t, list] of postings) {
    list.sort((a, b) => b.weight - a.weight || a.doc - b.doc);
    if (list.length > POSTINGS_KEPT) postings.set(t, list.slice(0, POSTINGS_KEPT));
  }
  return { vectors, postings };
}

/** Exact cosine of two normalised vectors. */
function cosine(a: Vector, b: Vector): number {
  let s = 0;
  for (let i = 0; i < a.terms.length; i++) {
    const j = b.terms.indexOf(a.terms[i]!);
    if (j >= 0) s += a.weights[i]! * b.weights[j]!;
  }
  return s;
}

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
  const acc = new Map<number, number>();
  const terms = Math.min(QUERY_TERMS, v.terms.length);
  for (let i = 0; i < terms; i++) {
    for (const p of index.postings.get(v.terms[i]!) ?? []) {
      if (p.doc !== doc) acc.set(p.doc, (acc.get(p.doc) ?? 0) + v.weights[i]! * p.weight);
    }
  }
  const shortlist = [...acc]
    .filter(([other]) => allowed(other))
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, RESCORED);
  return shortlist
    .map(([other]) => ({ doc: other, score: Math.round(cosine(v, index.vectors[other]!) * 1000) / 1000 }))
    .filter((r) => r.score >= threshold)
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
    .slice(0, k);
}

/** Exact cosine between two documents of the index. */
export function similarity(index: Index, a: number, b: number): number {
  return cosine(index.vectors[a]!, index.vectors[b]!);
}
