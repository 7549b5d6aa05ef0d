// The dataset → the dataset connected: themes, similar items, items raised
// before at the same establishment, and glossary terms. Runs once per build;
// nothing here compares every item with every other.
import type { Dataset, GlossaryEntry, Item, Link, Plan, Theme } from '../model/schema.ts';
import { buildGlossary, glossaryMatcher, termsIn } from './glossary.ts';
import { buildIndex, nearest, similarity } from './similar.ts';
import { classifier, classify, testOfReference, type ThemeInput } from './themes.ts';

/** Similar items shown per item, and the cosine below which texts are not similar. */
export const RELATED_MAX = 5;
export const RELATED_MIN_SCORE = 0.25;
/** Earlier items at the same establishment: a lower bar, since the framework's wording changes over the years. */
export const RAISED_BEFORE_MAX = 3;
export const RAISED_BEFORE_MIN_SCORE = 0.12;

export const themeUrl = (id: string) => `/themes/${id}/`;

export function connect(dataset: Dataset, themeInputs: ThemeInput[], curatedGlossary: { term: string; expansion: string }[]): Dataset {
  const c = classifier(themeInputs);
  const entries: { plan: Plan; item: Item }[] = dataset.plans.flatMap((plan) => plan.items.map((item) => ({ plan, item })));

  // Themes.
  const classified = entries.map(({ plan, item }) => classify(c, item, testOfReference(item.refs, plan.year)));

  // Similar items at other plans.
  const index = buildIndex(entries.map(({ item }) => item.text));
  const related = entries.map(({ plan }, i) =>
    nearest(index, i, RELATED_MAX, RELATED_MIN_SCORE, (j) => entries[j]!.plan.id !== plan.id).map(
      (r): Link => ({ key: entries[r.doc]!.item.key, score: r.score, reason: 'similar words' }),
    ),
  );

  // Raised before: earlier plans of the same establishment (a handful of plans, so pairs are few).
  // Compared on text and response together: a 2024 concern and a 2017 recommendation on the
  // same problem share few words, but the answers to them share many.
  const full = buildIndex(entries.map(({ item }) => `${item.text}\n${item.response}`));
  const positions = new Map<string, number[]>();
  entries.forEach(({ plan }, i) => positions.set(plan.id, [...(positions.get(plan.id) ?? []), i]));
  const raisedBefore = entries.map(({ plan, item }, i): Link[] => {
    const earlier = dataset.plans.filter((p) => p.establishmentId === plan.establishmentId && p.year < plan.year);
    const links = new Map<string, Link>();
    for (const p of earlier) {
      for (const j of positions.get(p.id) ?? []) {
        const other = entries[j]!.item;
        const repeated = item.repeatedRefs.find((r) => other.refs.includes(r));
        if (repeated) {
          links.set(other.key, { key: other.key, score: 1, reason: `repeated recommendation ${repeated}` });
          continue;
        }
        const sharesTheme = classified[j]!.themes.some((t) => classified[i]!.themes.includes(t));
        const score = Math.round(similarity(full, i, j) * 1000) / 1000;
        if (sharesTheme && score >= RAISED_BEFORE_MIN_SCORE) {
          const theme = classified[j]!.themes.find((t) => classified[i]!.themes.includes(t));
          links.set(other.key, { key: other.key, score, reason: `similar words, same theme (${theme})` });
        }
      }
    }
    return [...links.values()].sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1)).slice(0, RAISED_BEFORE_MAX);
  });

  // Glossary.
  const glossary: GlossaryEntry[] = buildGlossary(
    dataset.plans.map((p) => ({ file: p.source, texts: p.items.flatMap((i) => [i.text, i.response]) })),
    curatedGlossary,
  );
  const matcher = glossaryMatcher(glossary);

  let k = 0;
  const plans = dataset.plans.map((plan) => ({
    ...plan,
    items: plan.items.map((item) => {
      const i = k++;
      return {
        ...item,
        themes: classified[i]!.themes,
        themeReasons: classified[i]!.reasons,
        related: related[i]!,
        raisedBefore: raisedBefore[i]!,
        glossary: termsIn(matcher, [item.text, item.response, ...item.actions.map((a) => a.owner ?? '')].join('\n')),
      };
    }),
  }));

  const themes: Theme[] = c.themes.map((t) => ({
    ...t,
    url: themeUrl(t.id),
    itemKeys: entries.filter((_, i) => classified[i]!.themes[0] === t.id).map(({ item }) => item.key),
  }));
  return { ...dataset, plans, themes, glossary };
}
