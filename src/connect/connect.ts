// The dataset → the dataset connected: themes, similar items, items raised
// before (and so raised again) at the same establishment, and glossary terms. Runs once per build;
// nothing here compares every item with every other.
import type { Dataset, Definition, GlossaryEntry, Item, Link, Plan, Theme } from '../model/schema.ts';
import { themeUrl } from '../dataset/urls.ts';
import { buildGlossary, glossaryMatcher, termsIn } from './glossary.ts';
import { buildIndex, nearest, similarities } from './similar.ts';
import { raisedAgainByKey } from './raised-again.ts';
import { classifier, classify, testOfReference, type ThemeInput, type ThemeMeanings } from './themes.ts';
import { tokens, type Token } from './words.ts';
import { formatLinkReason } from '../model/text-format.ts';

/** Similar items shown per item, and the cosine below which texts are not similar. */
export const RELATED_MAX = 5;
export const RELATED_MIN_SCORE = 0.25;
/** Earlier items at the same establishment: a lower bar, since the framework's wording changes over the years. */
export const RAISED_BEFORE_MAX = 3;
export const RAISED_BEFORE_MIN_SCORE = 0.12;

export type Neighbours = { doc: number; score: number }[];

const entriesOf = (dataset: Dataset): { plan: Plan; item: Item }[] =>
  dataset.plans.flatMap((plan) => plan.items.map((item) => ({ plan, item })));

/**
 * What the steps that can run on a thread of their own need, in dataset order:
 * each item's text, response and action owners, the plan it belongs to, and
 * each plan's file.
 */
export interface ItemTexts {
  texts: string[];
  responses: string[];
  owners: string[][];
  groups: number[];
  files: string[];
}

export function itemTexts(dataset: Dataset): ItemTexts {
  const entries = dataset.plans.flatMap((plan, group) => plan.items.map((item) => ({ group, item })));
  return {
    texts: entries.map(({ item }) => item.text),
    responses: entries.map(({ item }) => item.response),
    owners: entries.map(({ item }) => item.actions.map((a) => a.owner ?? '')),
    groups: entries.map(({ group }) => group),
    files: dataset.plans.map((p) => p.source),
  };
}

/** For each item, the most similar items of other plans. Takes the texts' tokens where the caller has them. */
export function similarItems(
  { texts, groups }: Pick<ItemTexts, 'texts' | 'groups'>,
  textTokens: Token[][] = texts.map((t) => tokens(t)),
): Neighbours[] {
  const index = buildIndex(textTokens);
  return texts.map((_, i) => nearest(index, i, RELATED_MAX, RELATED_MIN_SCORE, (j) => groups[j] !== groups[i]));
}

export interface GlossaryFound {
  glossary: GlossaryEntry[];
  /** For each item, the glossary terms it uses. */
  terms: string[][];
}

/** The glossary (the documents' own definitions, then the curated list) and the terms each item uses. */
export function glossaryTerms(
  t: ItemTexts,
  curatedGlossary: Definition[],
  textTokens: Token[][] = t.texts.map((x) => tokens(x)),
): GlossaryFound {
  const documents = t.files.map((file) => ({ file, texts: [] as string[] }));
  t.texts.forEach((text, i) => documents[t.groups[i]!]!.texts.push(text, t.responses[i]!));
  const glossary = buildGlossary(documents, curatedGlossary);
  const matcher = glossaryMatcher(glossary);
  const terms = t.texts.map((text, i) => {
    const owners = t.owners[i]!;
    return termsIn(matcher, [text, t.responses[i]!, ...owners].join('\n'), [
      ...textTokens[i]!,
      ...tokens(t.responses[i]!),
      ...owners.flatMap((o) => tokens(o)),
    ]);
  });
  return { glossary, terms };
}

/** `meanings`: for each theme, words that mean what its keywords mean (theme-layer.ts). */
export function connect(
  dataset: Dataset,
  themeInputs: ThemeInput[],
  curatedGlossary: Definition[],
  meanings: ThemeMeanings = new Map(),
): Dataset {
  const t = itemTexts(dataset);
  const textTokens = t.texts.map((x) => tokens(x));
  return withFound(
    connectThemesAndLinks(dataset, themeInputs, meanings),
    similarItems(t, textTokens),
    glossaryTerms(t, curatedGlossary, textTokens),
  );
}

/** The similar items and the glossary, found apart, put in their places. */
export function withFound(dataset: Dataset, similar: Neighbours[], found: GlossaryFound): Dataset {
  const entries = entriesOf(dataset);
  let k = 0;
  return {
    ...dataset,
    plans: dataset.plans.map((plan) => ({
      ...plan,
      items: plan.items.map((item) => {
        const i = k++;
        return {
          ...item,
          related: similar[i]!.map((r): Link => ({
            key: entries[r.doc]!.item.key,
            score: r.score,
            reason: formatLinkReason({ kind: 'similar-words' }),
          })),
          glossary: found.terms[i]!,
        };
      }),
    })),
    glossary: found.glossary,
  };
}

/** Themes and the links between plans of one establishment; the similar items and the glossary are left empty for withFound. */
export function connectThemesAndLinks(
  dataset: Dataset,
  themeInputs: ThemeInput[],
  meanings: ThemeMeanings = new Map(),
): Dataset {
  const c = classifier(themeInputs, meanings);
  const entries = entriesOf(dataset);

  // Each text is split into words once, for every step below.
  const textTokens = entries.map(({ item }) => tokens(item.text));
  const responseTokens = entries.map(({ item }) => tokens(item.response));

  // Themes.
  const classified = entries.map(({ plan, item }, i) =>
    classify(
      c,
      { section: item.section, text: textTokens[i]!, response: responseTokens[i]! },
      testOfReference(item.refs, plan.year),
    ),
  );

  // Raised before: earlier plans of the same establishment (a handful of plans, so pairs are few).
  // Compared on text and response together: a 2024 concern and a 2017 recommendation on the
  // same problem share few words, but the answers to them share many.
  const full = buildIndex(
    textTokens.map((t, i) => [...t, ...responseTokens[i]!]),
    { postings: false },
  );
  const positions = new Map<string, number[]>();
  entries.forEach(({ plan }, i) => {
    const list = positions.get(plan.id);
    if (list) list.push(i);
    else positions.set(plan.id, [i]);
  });
  const plansOf = new Map<string, Plan[]>();
  for (const p of dataset.plans) plansOf.set(p.establishmentId, [...(plansOf.get(p.establishmentId) ?? []), p]);
  // The items of each plan's earlier plans, worked out once per plan.
  const earlierItems = new Map<string, number[]>();
  for (const p of dataset.plans)
    earlierItems.set(
      p.id,
      plansOf
        .get(p.establishmentId)!
        .filter((e) => e.year < p.year)
        .flatMap((e) => positions.get(e.id) ?? []),
    );
  const raisedBefore = entries.map(({ plan, item }, i): Link[] => {
    const others = earlierItems.get(plan.id)!;
    if (!others.length) return [];
    const scores = similarities(full, i, others);
    const links: Link[] = [];
    others.forEach((j, n) => {
      const other = entries[j]!.item;
      const repeated = item.repeatedRefs.length ? item.repeatedRefs.find((r) => other.refs.includes(r)) : undefined;
      if (repeated) {
        links.push({ key: other.key, score: 1, reason: formatLinkReason({ kind: 'repeated', ref: repeated }) });
        return;
      }
      const score = Math.round(scores[n]! * 1000) / 1000;
      if (score < RAISED_BEFORE_MIN_SCORE) return;
      const theme = classified[j]!.themes.find((t) => classified[i]!.themes.includes(t));
      if (theme) links.push({ key: other.key, score, reason: formatLinkReason({ kind: 'same-theme', theme }) });
    });
    return links.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1)).slice(0, RAISED_BEFORE_MAX);
  });

  const raisedAgain = raisedAgainByKey(
    entries.map(({ item }, i) => ({ key: item.key, raisedBefore: raisedBefore[i]! })),
  );

  let k = 0;
  const plans = dataset.plans.map((plan) => ({
    ...plan,
    items: plan.items.map((item) => {
      const i = k++;
      return {
        ...item,
        themes: classified[i]!.themes,
        themeReasons: classified[i]!.reasons,
        related: [],
        raisedBefore: raisedBefore[i]!,
        raisedAgain: raisedAgain.get(item.key) ?? [],
        glossary: [],
      };
    }),
  }));

  const byTheme = new Map<string, string[]>();
  entries.forEach(({ item }, i) => {
    const id = classified[i]!.themes[0]!;
    const list = byTheme.get(id);
    if (list) list.push(item.key);
    else byTheme.set(id, [item.key]);
  });
  const themes: Theme[] = c.themes.map((t) => ({
    ...t,
    url: themeUrl(t.id),
    itemKeys: byTheme.get(t.id) ?? [],
  }));
  return { ...dataset, plans, themes, glossary: [] };
}
