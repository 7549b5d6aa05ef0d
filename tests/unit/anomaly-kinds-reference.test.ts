import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataQualityReference } from '../../src/model/anomaly-kinds-reference.ts';
import { ANOMALY_KINDS } from '../../src/model/anomaly-kinds.ts';

describe('data quality reference', () => {
  it('lists every code with its usual severity and explanation', () => {
    const page = dataQualityReference();
    for (const code of Object.keys(ANOMALY_KINDS)) expect(page).toContain(`| \`${code}\` |`);
    expect(page).toContain(
      '| `id-inferred` | repair | A recommendation number is missing; it was worked out from the numbers around it (a warning when they do not agree). |',
    );
    expect(page).toContain(
      '| `pdf-encrypted` | error | The PDF is protected by a password, so it could not be read. |',
    );
  });

  it('docs/data-quality.md is up to date with the codes (npm run docs writes it)', () => {
    expect(readFileSync('docs/data-quality.md', 'utf8')).toBe(dataQualityReference());
  });
});
