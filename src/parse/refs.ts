// The bracketed report reference that ends a recommendation:
// "(S44)", "(1.37, repeated recommendation 1.40)", "(2.7, repeated recommendation HP47)",
// "(2.25 repeated recommendation 2.45)", and with its opening bracket lost,
// "standards 2.58, repeated recommendation 2.60)".

const REF = '[A-Z]{0,2}\\d+(?:\\.\\d+)*';
const LIST = `${REF}(?:\\s*(?:,|and)\\s*${REF})*`;
const REPEAT = `(?:,?\\s*repeated recommendations?\\s+(${LIST}))?`;

const BRACKETED = new RegExp(`\\s*\\(\\s*(${LIST})${REPEAT}\\s*\\)\\.?$`, 'i');
// Without the bracket, only a dotted or lettered number is taken for a reference.
const STRICT_REF = '(?:[A-Z]{0,2}\\d+\\.\\d+|[A-Z]{1,2}\\d+)';
const OPEN_BRACKET_LOST = new RegExp(`\\s+(${STRICT_REF}(?:\\s*,\\s*${STRICT_REF})*)${REPEAT}\\s*\\)\\.?$`);

export interface Reference {
  /** The text without its reference. */
  text: string;
  refs: string[];
  repeatedRefs: string[];
  asWritten: string | null;
  /** True when the opening bracket was missing. */
  repaired: boolean;
}

const list = (s: string | undefined) => (s ? s.split(/\s*(?:,|\band\b)\s*/i).filter(Boolean) : []);

/** Both patterns end in ")" or ")."; most texts do not, and a pattern anchored at the end is still tried from the start. */
const mayEndWithReference = (text: string) => text.endsWith(')') || text.endsWith(').');

export function splitReference(text: string): Reference {
  if (!mayEndWithReference(text)) return { text, refs: [], repeatedRefs: [], asWritten: null, repaired: false };
  for (const [re, repaired] of [
    [BRACKETED, false],
    [OPEN_BRACKET_LOST, true],
  ] as const) {
    const m = re.exec(text);
    if (m) {
      return {
        text: text.slice(0, m.index).trim(),
        refs: list(m[1]),
        repeatedRefs: list(m[2]),
        asWritten: m[0].trim(),
        repaired,
      };
    }
  }
  return { text, refs: [], repeatedRefs: [], asWritten: null, repaired: false };
}

/** True if the text already ends with a reference, i.e. the recommendation is complete. */
export function endsWithReference(text: string): boolean {
  return mayEndWithReference(text) && (BRACKETED.test(text) || OPEN_BRACKET_LOST.test(text));
}
