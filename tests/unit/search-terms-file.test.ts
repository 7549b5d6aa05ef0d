// The search terms as ingest writes them beside the dataset, read back as the pages read them (src/site/search-terms-file.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSearchTerms } from '../../src/site/search-terms-file.ts';

describe('readSearchTerms', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'search-terms-')), 'search-terms.json');
  it('reads a file written before the reasons were indexed as one whose items give none', () => {
    writeFileSync(
      file,
      JSON.stringify({
        extraByKey: [['ford-2016/5-15', { spellings: ['healthcare'], everyday: ['rats'] }]],
        shards: [['a', [['accommodation', 2]]]],
      }),
    );
    const terms = readSearchTerms(file);
    expect(terms.extraByKey.get('ford-2016/5-15')).toEqual({
      spellings: ['healthcare'],
      everyday: ['rats'],
      reasons: [],
    });
    expect(terms.themeWords).toEqual(new Map());
    expect(terms.glossary).toEqual([]);
  });
  it('keeps the reasons a file holds', () => {
    writeFileSync(
      file,
      JSON.stringify({
        extraByKey: [['ford-2016/5-15', { spellings: [], everyday: [], reasons: ['policy', 'rules', 'national'] }]],
        shards: [],
        themeWords: [],
        glossary: [],
      }),
    );
    expect(readSearchTerms(file).extraByKey.get('ford-2016/5-15')!.reasons).toEqual(['policy', 'rules', 'national']);
  });
});
