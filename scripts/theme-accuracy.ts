// npm exec -- node scripts/theme-accuracy.ts [file]: how often the main theme given to new
// recommendations is the one a reader would look in (tests/fixtures/queries/*-themes.json:
// text, report section, theme, alsoAcceptable). A measurement, not a test: prints figures.
// With --headed [dataset.json]: the built-in items' guard (below).
// NO_MEANINGS=1: without the everyday words' layer (src/connect/theme-layer.ts), to compare.
import { readFileSync } from 'node:fs';
import { classifier, classify, headingKey } from '../src/connect/themes.ts';
import { readThemes } from '../src/connect/editorial.ts';
import { meaningKeywords } from '../src/connect/theme-layer.ts';
import { parseEverydayWords } from '../src/search/everyday.ts';
import { everydayWordsFile } from '../src/settings.ts';
import { testSchema } from '../src/model/schema.ts';

interface Case {
  text: string;
  /** The report's section, or null where the recommendation stands under none (leadership). */
  section: string | null;
  theme: string;
  alsoAcceptable: string[];
}
const themes = readThemes();
const c = classifier(
  themes,
  process.env.NO_MEANINGS
    ? new Map()
    : meaningKeywords(themes, parseEverydayWords(readFileSync(everydayWordsFile(), 'utf8'), everydayWordsFile())),
);
// --headed [dataset.json]: a guard, not a measure of new plans. The built-in items under a heading of
// one theme, classified on their text alone, against that heading's theme. The keywords were
// written from these plans, so this says whether a rule breaks what worked, not how it does on new ones.
if (process.argv[2] === '--headed') {
  const dataset = JSON.parse(readFileSync(process.argv[3] ?? 'generated/dataset.json', 'utf8')) as {
    plans: { items: { section: string | null; text: string }[] }[];
  };
  let n = 0;
  let same = 0;
  for (const item of dataset.plans.flatMap((p) => p.items)) {
    const heading = item.section ? c.byHeading.get(headingKey(item.section)) : undefined;
    if (heading?.length !== 1) continue;
    n++;
    const got = classify(c, { section: null, text: item.text, response: '' }, null);
    if (got.themes[0] === heading[0]!.id) same++;
    else
      console.log(
        `✗ ${got.themes[0]} (heading: ${heading[0]!.id}): ${got.reasons[0]!.reason} — ${item.text.slice(0, 90)}`,
      );
  }
  console.log(`themes of headed built-in items, text alone: ${same}/${n} as their heading`);
  process.exit(0);
}
const file = process.argv[2] ?? 'tests/fixtures/queries/independent-2026-12-themes.json';
const cases = (JSON.parse(readFileSync(file, 'utf8')) as { items: Case[] }).items;
// The report's sections are the four healthy prison tests, as the pre-2022 references point to them.
const FOURTH = /^(?:rehabilitation and release|resettlement|preparation for release)/i;
const testOf = (section: string | null) =>
  section === null
    ? null
    : FOURTH.test(section)
      ? 'rehabilitation-and-release'
      : (testSchema.options.find((t) => t.replace(/-/g, ' ') === section.toLowerCase()) ?? null);
// Twice: with the report's section as the test a pre-2022 paragraph reference gives, and with
// the text alone, as a plan since 2022 (concerns without section or reference) gives it.
for (const hinted of [true, false]) {
  let exact = 0;
  let acceptable = 0;
  for (const x of cases) {
    const got = classify(c, { section: null, text: x.text, response: '' }, hinted ? testOf(x.section) : null);
    const primary = got.themes[0]!;
    if (primary === x.theme) exact++;
    if (primary === x.theme || x.alsoAcceptable.includes(primary)) acceptable++;
    else console.log(`✗ ${primary} (want ${x.theme}): ${got.reasons[0]!.reason} — ${x.text.slice(0, 90)}`);
  }
  console.log(
    `themes, ${hinted ? 'with the section as test' : 'text alone'}: ${exact}/${cases.length} as expected, ${acceptable}/${cases.length} expected or acceptable`,
  );
}
