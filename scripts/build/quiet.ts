// What a quiet build shows of a step's output, once the step has ended and in
// the order it came: of its problems (its standard error), every line that
// tells of an error and the first few others (the documents' repairs and
// warnings, which ingest already groups by kind), the rest counted; of its
// standard output, what the step says it built, or nothing. The build log and
// the data quality page have it all.

/** Lines other than errors shown per step. */
export const SHOWN_NOTES = 12;
/** Error lines shown per step: past this many, a publisher needs the log or the data quality page anyway. */
export const SHOWN_ERRORS = 20;

const ERROR = /\berror\b|could not be used|not published/i;

export class QuietOutput {
  #lines: { text: string; problem: boolean }[] = [];
  readonly #log: string;

  constructor(log: string) {
    this.#log = log;
  }

  /** A line of a step's standard error. */
  problem(text: string): void {
    this.#lines.push({ text, problem: true });
  }

  /** A line of a step's standard output that is shown. */
  said(text: string): void {
    this.#lines.push({ text, problem: false });
  }

  /** The lines to show of the step just ended, in their order, with the count of the problems left out where they were. */
  endOfStep(): { text: string; problem: boolean }[] {
    const lines = this.#lines;
    this.#lines = [];
    let errors = 0;
    let notes = 0;
    // An indented line ("  … and 8 more like this") goes with the line above it.
    let headShown = false;
    let left = 0;
    let countAt = -1;
    const shown = lines.filter(({ text, problem }, i) => {
      if (!problem) return true;
      if (!/^\s/.test(text) || ERROR.test(text))
        headShown = ERROR.test(text) ? ++errors <= SHOWN_ERRORS : ++notes <= SHOWN_NOTES;
      if (!headShown && left++ === 0) countAt = i;
      return headShown;
    });
    if (left > 0) {
      const at = shown.findIndex((l) => lines.indexOf(l) > countAt);
      shown.splice(at < 0 ? shown.length : at, 0, {
        text: `  … and ${left} more line(s) of notes: ${this.#log} has them all, the data quality page lists every note, and \`npm run build -- --verbose\` prints them.`,
        problem: true,
      });
    }
    return shown;
  }
}
