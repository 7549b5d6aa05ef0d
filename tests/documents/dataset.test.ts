// The dataset as published: valid against its schema, unique keys, and the
// same bytes for the same input.
import { describe, expect, it } from 'vitest';
import { connect } from '../../src/connect/connect.ts';
import { buildDataset } from '../../src/dataset/build.ts';
import { readCuratedGlossary, readThemes } from '../../src/connect/editorial.ts';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetJsonSchema, writeDataset } from '../../src/dataset/write.ts';
import { readDocuments } from '../../src/ingest/read.ts';
import { datasetSchema } from '../../src/model/schema.ts';
import { PLANS_DIR, dataset, item } from '../support/seeds.ts';

describe('dataset', () => {
  it('is valid against its zod schema', () => {
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
  });

  it('gives every item a unique key and URL built from establishment, year and number', () => {
    const items = dataset.plans.flatMap((p) => p.items);
    expect(new Set(items.map((i) => i.key)).size).toBe(179);
    expect(new Set(items.map((i) => i.url)).size).toBe(179);
    expect(item('rochester-2017', '5.3')).toMatchObject({
      key: 'rochester-2017/5-3',
      url: '/prisons/rochester/2017/5-3/',
      line: 28,
    });
    expect(item('rochester-2024', '11')).toMatchObject({
      key: 'rochester-2024/11',
      url: '/prisons/rochester/2024/11/',
    });
  });

  it('is deterministic: parsing again gives byte-identical JSON', async () => {
    const again = connect(buildDataset(await readDocuments(PLANS_DIR)), readThemes(), readCuratedGlossary());
    expect(JSON.stringify(again) === JSON.stringify(dataset)).toBe(true);
  });

  it('writes the UTF-8 of JSON.stringify and a line break, however the pieces fall against its buffer', () => {
    // One text longer than the write buffer (4 MB) however it is encoded, and others that end
    // at every offset, with characters of one to four bytes in UTF-8.
    const long = 'a é ’ 😀 '.repeat(200_000);
    const plans = dataset.plans.map((p, n) => ({
      ...p,
      items: p.items.map((i, k) => ({ ...i, text: n === 0 && k === 0 ? long : `${i.text} ${'😀’'.repeat(k * 331)}` })),
    }));
    const odd = { ...dataset, plans };
    const dir = mkdtempSync(join(tmpdir(), 'dataset-write-'));
    try {
      const file = join(dir, 'dataset.json');
      writeDataset(file, odd);
      expect(readFileSync(file).equals(Buffer.from(`${JSON.stringify(datasetSchema.parse(odd))}\n`))).toBe(true);
      expect(readFileSync(file).length).toBeGreaterThan(2 * (4 << 20));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('publishes a JSON Schema generated from the zod schemas', () => {
    const schema = datasetJsonSchema() as {
      $schema: string;
      required: string[];
      properties: {
        plans: { items: { required: string[]; properties: { items: { items: { required: string[] } } } } };
      };
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['plans', 'establishments', 'themes', 'glossary', 'anomalies', 'followUpProblems']);
    expect(schema.properties.plans.items.properties.items.items.required).toEqual([
      'id',
      'idInferred',
      'key',
      'line',
      'group',
      'section',
      'kind',
      'text',
      'refs',
      'repeatedRefs',
      'referenceAsWritten',
      'status',
      'statusAsWritten',
      'response',
      'actions',
      'columns',
      'url',
      'themes',
      'themeReasons',
      'related',
      'raisedBefore',
      'raisedAgain',
      'glossary',
      'followUps',
    ]);
  });
});
