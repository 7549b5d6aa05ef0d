// The dataset → the dataset connected: themes, similar items, items raised
// before (and so raised again) at the same establishment, and glossary terms. Runs once per build;
// nothing here compares every item with every other.
import type { Dataset, Definition, GlossaryEntry, Item, Link, Plan, Theme } from '../model/schema.ts';
import { themeUrl } from '../dataset/urls.ts';
import { buildGlossary, glossaryMatcher, termsIn } from './glossary.ts';
import { buildIndex, nearest, similarities } from './similar.ts';
import { raisedAgainByKey } from './raised-again.ts';
import { classifier, classify, testOfReference, type ThemeInput } from './themes.ts';
import { tokens } from './words.ts';

/** Similar items shown per item, and the cosine below which texts are not similar. */
export const RELATED_MAX = 5;
export const RELATED_MIN_SCORE = 0.25;
/** Earlier items at the same establishment: a lower bar, since the framework's wording changes over the years. */
export const RAISED_BEFORE_MAX = 3;
export const RAISED_BEFORE_MIN_SCORE = 0.12;

export type Neighbours = { doc: number; score: number }[];

const entriesOf = (dataset: Dataset): { plan: Plan; item: Item }[] =>
  dataset.plans.flatMap((plan) => plan.items.map((item) => ({ plan, item })));

/** What the similar-items step needs: each item's text and the plan it belongs to, in dataset order. */
export function similarInput(dataset: Dataset): { texts: string[]; groups: number[] } {
  const planIndex = new Map(dataset.plans.map((p, n) => [p.id, n]));
  const entries = entriesOf(dataset);
  return { texts: entries.map(({ item }) => item.text), groups: entries.map(({ plan }) => planIndex.get(plan.id)!) };
}

/** For each item, the most similar items of other plans: the step that can run on a thread of its own. */
export function similarItems({ texts, groups }: { texts: string[]; groups: number[] }): Neighbours[] {
  const index = buildIndex(texts);
  return texts.map((_, i) => nearest(index, i, RELATED_MAX, RELATED_MIN_SCORE, (j) => groups[j] !== groups[i]));
}

export function connect(dataset: Dataset, themeInputs: ThemeInput[], curatedGlossary: Definition[]): Dataset {
  return withSimilar(connectAllButSimilar(dataset, themeInputs, curatedGlossary), similarItems(similarInput(dataset)));
}

/** The similar items, found apart, put in their places as links. */
export function withSimilar(dataset: Dataset, similar: Neighbours[]): Dataset {
  const entries = entriesOf(dataset);
  let k = 0;
  return {
    ...dataset,
    plans: dataset.plans.map((plan) => ({
      ...plan,
      items: plan.items.map((item) => ({
        ...item,
        related: similar[k++]!.map((r): Link => ({
          key: entries[r.doc]!.item.key,
          score: r.score,
          reason: 'similar words',
        })),
      })),
    })),
  };
}

/** Everything but the similar items, which are left empty for withSimilar. */
export function connectAllButSimilar(
  dataset: Dataset,
  themeInputs: ThemeInput[],
  curatedGlossary: Definition[],
): Dataset {
  const c = classifier(themeInputs);
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
        links.push({ key: other.key, score: 1, reason: `repeated recommendation ${repeated}` });
        return;
      }
      const score = Math.round(scores[n]! * 1000) / 1000;
      if (score < RAISED_BEFORE_MIN_SCORE) return;
      const theme = classified[j]!.themes.find((t) => classified[i]!.themes.includes(t));
      if (theme) links.push({ key: other.key, score, reason: `similar words, same theme (${theme})` });
    });
    return links.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1)).slice(0, RAISED_BEFORE_MAX);
  });

  // Glossary.
  const glossary: GlossaryEntry[] = buildGlossary(
    dataset.plans.map((p) => ({ file: p.source, texts: p.items.flatMap((i) => [i.text, i.response]) })),
    curatedGlossary,
  );
  const matcher = glossaryMatcher(glossary);

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
        glossary: termsIn(matcher, [item.text, item.response, ...item.actions.map((a) => a.owner ?? '')].join('\n'), [
          ...textTokens[i]!,
          ...responseTokens[i]!,
          ...item.actions.flatMap((a) => tokens(a.owner ?? '')),
        ]),
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
  return { ...dataset, plans, themes, glossary };
}
