// The open-data format as a page for people (docs/dataset.md), written from
// the zod schemas' own descriptions so that the reference cannot drift from
// the format. `npm run docs` writes it; a unit test fails when it is stale.
import type { z } from 'astro/zod';
import {
  actionSchema,
  anomalySchema,
  datasetSchema,
  establishmentSchema,
  followUpProblemSchema,
  glossaryEntrySchema,
  itemSchema,
  linkSchema,
  planSchema,
  summaryRowSchema,
  summarySchema,
  themeReasonSchema,
  themeSchema,
} from '../model/schema.ts';

type Schema = z.ZodType;

/** The records of the format, in the order a reader meets them, with the name each type is shown by. */
const RECORDS: [string, z.ZodObject][] = [
  ['Dataset', datasetSchema],
  ['Plan', planSchema],
  ['Item', itemSchema],
  ['Action', actionSchema],
  ['Summary', summarySchema],
  ['Summary row', summaryRowSchema],
  ['Establishment', establishmentSchema],
  ['Theme', themeSchema],
  ['Theme reason', themeReasonSchema],
  ['Link', linkSchema],
  ['Glossary entry', glossaryEntrySchema],
  ['Anomaly', anomalySchema],
  ['Follow-up problem', followUpProblemSchema],
];

const nameOf = (s: Schema) => RECORDS.find(([, r]) => r === s)?.[0];
const anchor = (name: string) => `#${name.toLowerCase().replace(/\s+/g, '-')}`;

/** A short type label: `string`, `integer`, `"a" \| "b"`, `array of Item`, `… or null`. */
export function typeLabel(s: Schema): string {
  const named = nameOf(s);
  if (named) return `[${named}](${anchor(named)})`;
  const def = s.def as {
    type: string;
    innerType?: Schema;
    element?: Schema;
    entries?: Record<string, string>;
    checks?: unknown[];
  };
  switch (def.type) {
    case 'nullable':
      return `${typeLabel(def.innerType!)} or null`;
    case 'optional':
      return `${typeLabel(def.innerType!)} (optional)`;
    case 'array':
      return `array of ${typeLabel(def.element!)}`;
    case 'enum':
      return Object.values(def.entries!)
        .map((v) => `\`${v}\``)
        .join(' | ');
    case 'number':
      return (s as z.ZodNumber).format?.endsWith('int') ? 'integer' : 'number';
    default:
      return def.type;
  }
}

/** The description of a field, or of the type inside a nullable or an array when the field has none. */
function describe(s: Schema): string {
  if (s.description) return s.description;
  const def = s.def as { innerType?: Schema; element?: Schema };
  const inner = def.innerType ?? def.element;
  return inner && !nameOf(inner) ? describe(inner) : '';
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function datasetReference(): string {
  const out = [
    '# The dataset',
    '',
    '<!-- Written by `npm run docs` from src/model/schema.ts; edit the descriptions there, not here. -->',
    '',
    'One JSON document, `/data/dataset.json`, defined once in `src/model/schema.ts` (zod). The TypeScript types are inferred',
    'from it, and `/data/dataset.schema.json` (JSON Schema 2020-12) is generated from it. These field names are the',
    'public open-data format; the CSV downloads flatten the same fields.',
  ];
  for (const [name, record] of RECORDS) {
    out.push('', `## ${name}`, '');
    if (record.description) out.push(record.description, '');
    out.push('| field | type | meaning |', '|---|---|---|');
    for (const [field, schema] of Object.entries(record.shape as Record<string, Schema>)) {
      out.push(`| \`${field}\` | ${cell(typeLabel(schema))} | ${cell(describe(schema))} |`);
    }
  }
  return `${out.join('\n')}\n`;
}
