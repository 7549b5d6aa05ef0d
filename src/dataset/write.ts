// The dataset → files: the JSON the site's content collections load, and
// the JSON Schema of the public format.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'astro/zod';
import { datasetSchema, type Dataset } from '../model/schema.ts';

/** Where `npm run ingest` leaves the dataset for the site. */
export const GENERATED_DATASET = 'generated/dataset.json';
export const GENERATED_SCHEMA = 'generated/dataset.schema.json';

// The dataset is written compact: at a thousand plans, indentation would
// add half again to its size and to the time to write and read it.
function write(file: string, value: unknown, indent?: number) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, indent)}\n`);
}

export function writeDataset(file: string, dataset: Dataset): void {
  write(file, datasetSchema.parse(dataset));
}

export function datasetJsonSchema(): unknown {
  return z.toJSONSchema(datasetSchema, { target: 'draft-2020-12' });
}

export function writeJsonSchema(file: string): void {
  write(file, datasetJsonSchema(), 2);
}
