import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { datasetReference, typeLabel } from '../../src/dataset/reference.ts';
import { actionSchema, itemSchema } from '../../src/model/schema.ts';

describe('dataset reference', () => {
  it('labels types as a reader of the data needs them', () => {
    expect(typeLabel(z.string().nullable())).toBe('string or null');
    expect(typeLabel(z.array(actionSchema))).toBe('array of [Action](#action)');
    expect(typeLabel(z.enum(['a', 'b']).nullable())).toBe('`a` | `b` or null');
    expect(typeLabel(z.number().int())).toBe('integer');
    expect(typeLabel(z.number())).toBe('number');
  });

  it('lists every field of the item with its description', () => {
    const page = datasetReference();
    for (const field of Object.keys(itemSchema.shape)) expect(page).toContain(`| \`${field}\` |`);
    expect(page).toContain(
      '| `status` | `agreed` \\| `partly_agreed` \\| `not_agreed` \\| `not_recognised` or null | agreed, partly_agreed, not_agreed, or not_recognised when',
    );
  });

  it('docs/dataset.md is up to date with the schema (npm run docs writes it)', () => {
    expect(readFileSync('docs/dataset.md', 'utf8')).toBe(datasetReference());
  });
});
