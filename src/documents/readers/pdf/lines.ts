// A PDF page's positioned words → lines of text, and the measures the table readers take from lines.
import type { Word } from '../pdf-page.ts';

/** Positions closer than this (points) are the same line of the grid. */
export const TOL = 2;

export interface Line {
  words: Word[];
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** Words → lines, top to bottom, each line's words left to right. */
export function toLines(words: Word[]): Line[] {
  const sorted = [...words].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lines: Line[] = [];
  for (const w of sorted) {
    const line = lines.findLast((l) => Math.abs(l.y - w.y) <= Math.max(1.5, 0.4 * Math.min(l.size, w.size)));
    if (line) {
      line.words.push(w);
      line.x0 = Math.min(line.x0, w.x0);
      line.x1 = Math.max(line.x1, w.x1);
      line.size = Math.max(line.size, w.size);
    } else lines.push({ words: [w], x0: w.x0, x1: w.x1, y: w.y, size: w.size });
  }
  for (const l of lines) l.words.sort((a, b) => a.x0 - b.x0);
  return lines.sort((a, b) => a.y - b.y || a.x0 - b.x0);
}

/** A line's words as text; a gap wider than a space's worth is a space. */
export function lineText(words: Word[]): string {
  let out = '';
  let right = -Infinity;
  for (const w of words) {
    const gap = w.x0 - right;
    if (out && gap > 0.15 * w.size && !/\s$/.test(out) && !/^\s/.test(w.str)) out += ' ';
    out += w.str;
    right = Math.max(right, w.x1);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Values within TOL of each other → one value each (their mean). */
export function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out.at(-1);
    if (last && v - last.at(-1)! <= TOL) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/** A line's words split at gaps wider than `spaces` times the type size; an empty line gives one empty run. */
export function splitAtGaps(line: Line, spaces: number): Word[][] {
  const out: Word[][] = [[]];
  let right = -Infinity;
  for (const w of line.words) {
    if (out.at(-1)!.length && w.x0 - right > spaces * w.size) out.push([]);
    out.at(-1)!.push(w);
    right = Math.max(right, w.x1);
  }
  return out;
}

/** Pieces of a line: its words split at gaps wider than a few spaces (a column's edge). */
export function pieces(line: Line): Word[][] {
  return splitAtGaps(line, 1.2).filter((p) => p.length);
}

/** The commonest step between two lines that follow each other closely: a wrapped line's. */
export function lineStepOf(lines: Line[]): number {
  const steps = new Map<number, number>();
  for (let k = 1; k < lines.length; k++) {
    const d = Math.round((lines[k]!.y - lines[k - 1]!.y) * 2) / 2;
    if (d > 0.5 * lines[k]!.size && d < 2 * lines[k]!.size) steps.set(d, (steps.get(d) ?? 0) + 1);
  }
  return [...steps].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 1.2 * (lines[0]?.size ?? 10);
}
