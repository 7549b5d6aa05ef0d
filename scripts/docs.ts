// npm run docs: writes the reference pages generated from the code (the dataset
// format from the schema's descriptions, the data quality codes from their list).
import { writeFileSync } from 'node:fs';
import { datasetReference } from '../src/dataset/reference.ts';
import { dataQualityReference } from '../src/model/anomaly-kinds-reference.ts';

const pages: [string, () => string][] = [
  ['docs/dataset.md', datasetReference],
  ['docs/data-quality.md', dataQualityReference],
];
for (const [file, write] of pages) {
  writeFileSync(file, write());
  console.log(`docs: wrote ${file}`);
}
