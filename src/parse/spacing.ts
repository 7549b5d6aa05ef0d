// PDF extraction loses and adds spaces: "(OMU)was", "functions.There",
// "work,and", "andunable", "publicprotection", "well- advertised",
// "internet .Feedback". Each mend is returned so the caller can record it.
import { isEnglish } from '../documents/readers/english.ts';

export interface SpacingRepair {
  from: string;
  to: string;
}

/** Short words that the extraction most often glues to the next word. */
const GLUE_WORDS = new Set(['and', 'the', 'of', 'to', 'in', 'for', 'with', 'on', 'at', 'by', 'or', 'from', 'their']);

// Plans repeat their vocabulary, so each long word is looked up once per run.
const glued = new Map<string, [string, string] | null>();

/** A lower-case run of letters that is no English word but two glued together, or null. */
function splitGlued(token: string): [string, string] | null {
  let parts = glued.get(token);
  if (parts === undefined) glued.set(token, (parts = findGlued(token)));
  return parts;
}

function findGlued(token: string): [string, string] | null {
  if (token.length < 8 || isEnglish(token)) return null;
  let best: [string, string] | null = null;
  for (let i = 3; i <= token.length - 3; i++) {
    const a = token.slice(0, i);
    const b = token.slice(i);
    if (!isEnglish(a) || !isEnglish(b)) continue;
    // Compounds ("noticeboards", "reprofile") are left alone: the halves must be
    // long words, unless the first is a common glue word.
    if (!GLUE_WORDS.has(a) && (a.length < 6 || b.length < 6 || token.length < 14)) continue;
    if (best) return null; // ambiguous: leave it as printed
    best = [a, b];
  }
  return best;
}

const LONG_WORD = /\b[a-z]{8,}\b/g;
const test = (re: RegExp) => (text: string) => re.test(text);

/**
 * Each rule: what it finds, a quick test that must pass for it to find anything
 * (most text has no glued punctuation, and scanning for that is far cheaper
 * than trying the rule at every letter), and the mend.
 */
const RULES: [RegExp, (text: string) => boolean, (m: string, a: string, b: string) => string][] = [
  // A word broken at a line-end hyphen: "well- advertised".
  [/\b([A-Za-z]{2,})- (?!(?:and|or|to)\b)([a-z]{2,})\b/g, test(/- [a-z]/), (_m, a, b) => `${a}-${b}`],
  // A sentence run into the next: "functions.There", "internet .Feedback".
  [/\b([a-z]{3,}) ?\.([A-Z][a-z]+)\b/g, test(/\.[A-Z][a-z]/), (_m, a, b) => `${a}. ${b}`],
  // A comma, semicolon or closing bracket glued to the next word: "work,and", "(OMU)was".
  [/([a-z]{2,}[,;]|\([A-Z][A-Za-z]*\))([a-z]{2,})\b/g, test(/[,;)][a-z]{2}/), (_m, a, b) => `${a} ${b}`],
  // Two words glued together: "andunable". Most paragraphs have long words and none glued:
  // the words are listed and looked up (each is known after its first time) before any is replaced.
  [
    LONG_WORD,
    (text) => (text.match(LONG_WORD) ?? []).some((w) => splitGlued(w) !== null),
    (m) => {
      const parts = splitGlued(m);
      return parts ? parts.join(' ') : m;
    },
  ],
];

export function repairSpacing(text: string): { text: string; repairs: SpacingRepair[] } {
  const repairs: SpacingRepair[] = [];
  let out = text;
  for (const [re, needs, fix] of RULES) {
    if (!needs(out)) continue;
    // The groups are strings for the rules that have them; the last rule has none and ignores them.
    out = out.replace(re, (m: string, a: unknown, b: unknown) => {
      const to = fix(m, a as string, b as string);
      if (to !== m) repairs.push({ from: m, to });
      return to;
    });
  }
  return { text: out, repairs };
}
