// One PDF page → its pieces of text and its straight ruling lines, in page
// coordinates with y growing down the page (as a reader sees it).
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Word {
  str: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  /** Font size. */
  size: number;
}

/** A horizontal (y0 = y1) or vertical (x0 = x1) line. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PageContent {
  page: number;
  width: number;
  height: number;
  words: Word[];
  horizontal: Rule[];
  vertical: Rule[];
  images: number;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** A border drawn as a filled rectangle is at most this thick (points). */
const THIN = 3;
/** Shorter lines are not table borders (bullets, underlines of a letter). */
const SHORTEST = 4;

type Ops = Record<string, number>;

export async function pageContent(page: PDFPageProxy, OPS: Ops): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const view = viewport.transform as Matrix;
  const words: Word[] = [];
  const text = await page.getTextContent();
  for (const item of text.items) {
    if (!('str' in item) || !item.str.trim()) continue;
    const t = item.transform as Matrix;
    const size = Math.hypot(t[2], t[3]) || Math.hypot(t[0], t[1]);
    const len = Math.hypot(t[0], t[1]) || 1;
    const [ax, ay] = apply(view, t[4], t[5]);
    const [bx] = apply(view, t[4] + (item.width * t[0]) / len, t[5] + (item.width * t[1]) / len);
    words.push({
      str: item.str,
      x0: Math.min(ax, bx),
      x1: Math.max(ax, bx),
      y: ay,
      size: size * Math.hypot(view[0], view[1]),
    });
  }

  const horizontal: Rule[] = [];
  const vertical: Rule[] = [];
  let images = 0;
  const ops = await page.getOperatorList();
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const add = (ax: number, ay: number, bx: number, by: number) => {
    if (Math.abs(ay - by) < 1 && Math.abs(ax - bx) >= SHORTEST)
      horizontal.push({ x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: (ay + by) / 2, y1: (ay + by) / 2 });
    else if (Math.abs(ax - bx) < 1 && Math.abs(ay - by) >= SHORTEST)
      vertical.push({ x0: (ax + bx) / 2, x1: (ax + bx) / 2, y0: Math.min(ay, by), y1: Math.max(ay, by) });
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject)
      images++;
    else if (fn === OPS.constructPath) {
      const op = args[0] as number;
      const stroke =
        op === OPS.stroke ||
        op === OPS.closeStroke ||
        op === OPS.fillStroke ||
        op === OPS.eoFillStroke ||
        op === OPS.closeFillStroke ||
        op === OPS.closeEOFillStroke;
      const fill = op === OPS.fill || op === OPS.eoFill;
      if (!stroke && !fill) continue;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) continue;
      const m = multiply(view, ctm);
      // Split the path into sub-paths of straight segments; curves make a sub-path no rule.
      let pts: [number, number][] = [];
      let curved = false;
      const flush = (closed: boolean) => {
        if (pts.length >= 2 && !curved) {
          if (stroke) {
            for (let k = 1; k < pts.length; k++) add(...pts[k - 1]!, ...pts[k]!);
            if (closed) add(...pts.at(-1)!, ...pts[0]!);
          } else {
            const xs = pts.map((p) => p[0]);
            const ys = pts.map((p) => p[1]);
            const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
            if (y1 - y0 <= THIN && x1 - x0 > y1 - y0) add(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
            else if (x1 - x0 <= THIN && y1 - y0 > x1 - x0) add((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
          }
        }
        pts = [];
        curved = false;
      };
      for (let k = 0; k < data.length;) {
        switch (data[k++]) {
          case 0: // moveTo
            flush(false);
            pts.push(apply(m, data[k++]!, data[k++]!));
            break;
          case 1: // lineTo
            pts.push(apply(m, data[k++]!, data[k++]!));
            break;
          case 2: // curveTo
            curved = true;
            k += 6;
            break;
          case 3: // quadraticCurveTo
            curved = true;
            k += 4;
            break;
          case 4: // closePath
            flush(true);
            break;
          default:
            k = data.length;
        }
      }
      flush(false);
    }
  }
  return { page: page.pageNumber, width: viewport.width, height: viewport.height, words, horizontal, vertical, images };
}
