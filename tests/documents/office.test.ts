// Word, OpenDocument and PDF plans give the same dataset items as their text:
// the five built-in plans, each made by several producers (see
// scripts/fixtures/make-office-fixtures.py), read and parsed.
import { describe, expect, it } from 'vitest';
import { compareVersion, STEMS, VERSIONS } from '../support/office.ts';

/**
 * Where a version differs from the text, and why. Kept exact: a difference
 * that goes away, or a new one, fails the test.
 */
const KNOWN: Record<string, string[]> = {
  // A narrow owner cell printed as seven lines ("NHSE", "Operational", "manager/ In-", "reach" …) for two actions
  // whose owners the row does not tell apart; the response's paragraphs are not told apart either.
  '002_3cba4798597cd07c.word.pdf': ['5.20: owners and targets', '5.20: response differs'],
};

describe.each(VERSIONS.map((v) => [v.ext, v.made] as const))('%s (%s)', (ext) => {
  it.each(STEMS)(
    '%s: the same items, statuses, texts, references and owner/target pairs as the text; every word placed',
    async (stem) => {
      const c = await compareVersion(stem, ext);
      const share = c.coverage.placed / c.coverage.total;
      console.log(
        `${stem}${ext}: items ${c.items}/${c.expected}, statuses ${c.statuses}, texts ${c.texts}, references ${c.refs}, owner/target pairs ${c.pairs}, responses ${c.responses}; ` +
          `words ${c.coverage.placed}/${c.coverage.total} (${(share * 100).toFixed(2)}%)${c.coverage.missing.length ? `, not placed: ${c.coverage.missing.join(' ')}` : ''}${c.coverage.extra.length ? `, added: ${c.coverage.extra.join(' ')}` : ''}` +
          (c.mismatches.length ? `\n  ${c.mismatches.slice(0, 10).join('\n  ')}` : ''),
      );
      const known = KNOWN[`${stem}${ext}`] ?? (ext.endsWith('.pdf') ? [] : (KNOWN[stem] ?? []));
      expect(c.mismatches.map((m) => m.replace(/ \[.*$/, ''))).toEqual(known);
      expect(c.ids).toBe(true);
      expect(c.items).toBe(c.expected);
      expect(c.coverage.missing).toEqual([]);
      expect(c.coverage.extra).toEqual([]);
    },
  );
});
