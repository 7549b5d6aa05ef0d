// Filters a query names in its words: a prison ("Leicester partly agreed"), an
// inspection year ("Rochester drugs 2017 compared with 2024") or a kind of item
// printed in two words or more ("key concerns"). People type where and when
// they mean beside what they mean; as words to find, a prison's name or a year
// matches only the few items whose text happens to say it. Named so, each
// narrows the search like the filter of the same value, and the query's other
// words are searched among those items. The values come from the search page's
// own filters, so nothing here names a prison. Pure: which prisons' names are
// English words ("Ford", "Send": a prison only when typed with its capital) is
// decided at build time (`capitalOnly`) and printed in the page's filters.

/** The filters a query may name, with every value the archive has. */
export interface FacetValues {
  key: 'establishment' | 'year' | 'kind';
  values: string[];
  /** The values named only when typed with a capital: prisons whose one-word name is an English word. */
  capitalOnly?: string[];
}

export interface NamedFacet {
  key: FacetValues['key'];
  value: string;
  /** The query's words that name it, as typed. */
  typed: string;
}

export interface FacetsNamed {
  named: NamedFacet[];
  /** The query without the words that name a filter (and a "HMP" or "prison" beside a prison's name). */
  rest: string;
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const tokensOf = (q: string): Token[] =>
  [...q.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));

/** Words of a prison's name that say what kind of establishment it is, not which: "HMP & YOI Rochester". */
const ESTABLISHMENT_WORDS = new Set(['hmp', 'hmyoi', 'yoi', 'hm', 'prison', 'ytc', 'stc', 'irc', 'and']);

/** A prison's own name, in lower-case words: "HMP The Mount" → the, mount. */
export const nameWords = (name: string) =>
  tokensOf(name)
    .map((t) => t.lower)
    .filter((w) => !ESTABLISHMENT_WORDS.has(w));

/** A prison's name in one word, as typed: "Ford", and "Mount" for "HMP The Mount"; null for "Low Newton". */
function oneWordName(name: string): string | null {
  const words = nameWords(name);
  if (words.length === 1) return words[0]!;
  return words.length === 2 && words[0] === 'the' ? words[1]! : null;
}

/**
 * The prisons named only with a capital: those whose name in one word is an
 * English word ("HMP Ford", "HMP The Mount"), so that "ford the river" or "send
 * a letter" is not read as a prison. Run at build time, with the dictionary.
 */
export function capitalOnly(names: string[], isEnglish: (word: string) => boolean): string[] {
  return names.filter((name) => {
    const word = oneWordName(name);
    return word !== null && isEnglish(word);
  });
}

interface Candidate {
  facet: NamedFacet;
  words: string[];
  /** Only when typed with a capital (a name that is also an English word). */
  capital: boolean;
}

function candidates(facets: FacetValues[]): Candidate[] {
  const out: Candidate[] = [];
  for (const { key, values, capitalOnly: byCapital = [] } of facets) {
    for (const value of values) {
      if (key === 'establishment') {
        const words = nameWords(value);
        if (!words.length) continue;
        const facet = { key, value, typed: '' };
        const capital = (w: string[]) => w.length === 1 && byCapital.includes(value);
        out.push({ facet, words, capital: capital(words) });
        // "The Mount" is also typed "Mount".
        if (words[0] === 'the' && words.length > 1)
          out.push({ facet, words: words.slice(1), capital: capital(words.slice(1)) });
      } else if (key === 'year') {
        if (/^\d{4}$/.test(value)) out.push({ facet: { key, value, typed: '' }, words: [value], capital: false });
      } else {
        // A kind in one word ("Recommendation", "Concern") is what most items are: typed, it is a word to find.
        const words = tokensOf(value).map((t) => t.lower);
        if (words.length < 2) continue;
        const facet = { key, value, typed: '' };
        out.push({ facet, words, capital: false });
        out.push({ facet, words: [...words.slice(0, -1), `${words.at(-1)}s`], capital: false });
      }
    }
  }
  // Longest names first: "Low Newton" before a prison called "Newton".
  return out.sort((a, b) => b.words.length - a.words.length);
}

/** A month, in full or short, then a year: a date. */
const DATED =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec) \d{4}$/;

/** Words that join the two years of a range ("2016 to 2024"), or stand before it ("between", "from"). */
const RANGE_JOIN = /^(?:to|until|till|through|thru|and)$/;
const RANGE_START = /^(?:between|from)$/;
/** Words before a year that make it the start of a range to the latest ("since 2017", "from 2019 onwards"). */
const SINCE = /^(?:since|from)$/;
const YEAR = /^(?:19|20)\d\d$/;

interface YearRange {
  from: number;
  to: number;
  /** The tokens that say it, by place. */
  tokens: number[];
  typed: string;
}

/**
 * The ranges of years a query names: "2016 to 2024", "2016-2024", "between
 * 2016 and 2024", "from 2017 until 2019", and "since 2017" (to the latest). Each
 * names every inspection year of the archive in it, not only the two typed.
 */
function yearRanges(q: string, tokens: Token[]): YearRange[] {
  const out: YearRange[] = [];
  const typed = (a: number, b: number) => q.slice(tokens[a]!.start, tokens[b]!.end);
  for (let i = 0; i < tokens.length; i++) {
    if (!YEAR.test(tokens[i]!.lower)) continue;
    const before = i > 0 && RANGE_START.test(tokens[i - 1]!.lower) ? i - 1 : i;
    // "2016-2024", "2016–24" is not read: a year is typed whole.
    const dash = tokens[i + 1] && /^\s*[-–—]\s*$/.test(q.slice(tokens[i]!.end, tokens[i + 1]!.start));
    const end = dash ? i + 1 : tokens[i + 1] && RANGE_JOIN.test(tokens[i + 1]!.lower) ? i + 2 : -1;
    if (end > 0 && tokens[end] && YEAR.test(tokens[end].lower)) {
      const [a, b] = [Number(tokens[i]!.lower), Number(tokens[end].lower)];
      // "2016 and 2024" without "between" is two years, not a range.
      if (a < b && (dash || tokens[i + 1]!.lower !== 'and' || before < i)) {
        out.push({ from: a, to: b, tokens: range(before, end), typed: typed(before, end) });
        i = end;
        continue;
      }
    }
    if (i > 0 && SINCE.test(tokens[i - 1]!.lower)) {
      out.push({ from: Number(tokens[i]!.lower), to: Infinity, tokens: [i - 1, i], typed: typed(i - 1, i) });
    }
  }
  return out;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

/**
 * The filters a query names, and its other words. Each word names one filter
 * at most; a prison's name must be typed whole, and a name that is also an
 * English word ("Ford": its value in `capitalOnly`) only with its capital. A
 * "HMP", "HMYOI" or "YOI" before a prison's name and a "prison" after it go
 * with the name.
 */
export function facetsInQuery(q: string, facets: FacetValues[]): FacetsNamed {
  const tokens = tokensOf(q);
  const used = new Set<number>();
  const named: NamedFacet[] = [];
  const years = facets.find((f) => f.key === 'year')?.values.filter((v) => /^\d{4}$/.test(v)) ?? [];
  // A year after a month is a date, a target's ("timescale April 2019", "due by March 2025"): words to find, not
  // the year of an inspection; unless the query speaks of the inspection ("Leicester inspection May 2019").
  const inspection = tokens.some((t) => /^inspect/.test(t.lower));
  const dated = new Set(
    inspection ? [] : tokens.flatMap((t, i) => (i > 0 && DATED.test(`${tokens[i - 1]!.lower} ${t.lower}`) ? [i] : [])),
  );
  for (const range of yearRanges(q, tokens)) {
    const inRange = years.filter((y) => Number(y) >= range.from && Number(y) <= range.to);
    // A range with a date in it ("April 2016 to 2019") is of dates: none of its years is an inspection's.
    if (range.tokens.some((k) => dated.has(k))) {
      range.tokens.forEach((k) => dated.add(k));
      continue;
    }
    if (!inRange.length) continue;
    range.tokens.forEach((k) => used.add(k));
    for (const value of inRange) named.push({ key: 'year', value, typed: range.typed });
  }
  for (const c of candidates(facets)) {
    for (let i = 0; i + c.words.length <= tokens.length; i++) {
      const span = tokens.slice(i, i + c.words.length);
      if (span.some((t, k) => used.has(i + k) || dated.has(i + k) || t.lower !== c.words[k])) continue;
      if (c.capital && !/^\p{Lu}/u.test(span[0]!.text)) continue;
      if (named.some((n) => n.key === c.facet.key && n.value === c.facet.value)) break;
      span.forEach((_, k) => used.add(i + k));
      if (c.facet.key === 'establishment') {
        for (let k = i - 1; k >= 0 && ESTABLISHMENT_WORDS.has(tokens[k]!.lower) && !used.has(k); k--) used.add(k);
        const after = i + c.words.length;
        if (tokens[after] && /^prisons?$/.test(tokens[after].lower) && !used.has(after)) used.add(after);
      }
      named.push({ ...c.facet, typed: q.slice(span[0]!.start, span.at(-1)!.end) });
      break;
    }
  }
  // The other words as typed, hyphens and quotes kept: only the named words are cut out.
  let rest = '';
  let from = 0;
  tokens.forEach((t, i) => {
    if (!used.has(i)) return;
    // What stands between two named words goes with them ("2016-2018").
    if (!used.has(i - 1)) rest += q.slice(from, t.start);
    from = t.end;
  });
  rest = (rest + q.slice(from)).replace(/\s+/g, ' ').trim();
  return { named, rest: /[\p{L}\p{N}]/u.test(rest) ? rest : '' };
}

/** The named filters as the search's filters: values of one key are alternatives ("2017 compared with 2024"). */
export function namedFilters(named: NamedFacet[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const n of named) (out[n.key] ??= []).push(n.value);
  return out;
}

/** What the page says about the filters a query named. */
export function namedNote(named: NamedFacet[], labels: Record<string, string>): string {
  const parts = Object.entries(namedFilters(named)).map(
    ([key, values]) => `${labels[key] ?? key}: ${values.length > 1 ? values.join(' or ') : values[0]}`,
  );
  return `Your words name ${parts.length > 1 ? 'filters' : 'a filter'}, so only items with ${parts.join('; ')} are shown.`;
}
