// npm run docs: writes docs/dataset.md from the schema's descriptions.
import { writeFileSync } from 'node:fs';
import { datasetReference } from '../src/dataset/reference.ts';

export const DATASET_REFERENCE = 'docs/dataset.md';
writeFileSync(DATASET_REFERENCE, datasetReference());
console.log(`docs: wrote ${DATASET_REFERENCE}`);
