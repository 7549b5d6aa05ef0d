// The dataset file that `npm run ingest` wrote, read back. Ingest validated it
// against the zod schemas before writing it, so it is read as it is: the site
// and the download step take it from here instead of validating it again.
import { readFileSync } from 'node:fs';
import type { Dataset } from '../model/schema.ts';
import { GENERATED_DATASET } from './write.ts';

export function readDataset(file = GENERATED_DATASET): Dataset {
  return JSON.parse(readFileSync(file, 'utf8')) as Dataset;
}
