// Text → numbered lines of tab-separated cells, as the extraction wrote them.

export interface SourceLine {
  /** 1-based line number in the document. */
  n: number;
  text: string;
  cells: string[];
}

export function toLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((line, i) => ({ n: i + 1, text: line, cells: line.split('\t') }));
}
