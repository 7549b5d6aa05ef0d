// The data quality codes as a page for people (docs/data-quality.md), written
// from src/model/anomaly-kinds.ts so that the list cannot drift from the codes
// the parser may leave. `npm run docs` writes it; a unit test fails when it is stale.
import { ANOMALY_KINDS, type AnomalyKindInfo } from './anomaly-kinds.ts';

const SEVERITIES: [AnomalyKindInfo['severity'], string][] = [
  ['error', 'the document, or an item in it, could not be used as printed'],
  ['warning', 'something is missing, inconsistent or not told by the document'],
  ['repair', 'damage the parser mended, with what it set aside kept in the note'],
];

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function dataQualityReference(): string {
  const kinds = Object.entries(ANOMALY_KINDS as Record<string, AnomalyKindInfo>);
  const out = [
    '# Data quality codes',
    '',
    '<!-- Written by `npm run docs` from src/model/anomaly-kinds.ts; edit the entries there, not here. -->',
    '',
    'Every repair the reader makes and every problem it finds is an anomaly in the dataset (`anomalies`, see',
    '[dataset.md](dataset.md#anomaly)), printed by `npm run ingest` as `file:line: severity: item N: message` and listed',
    "on the site's data quality page with the explanation below. The `kind` is one of these stable codes; the severity",
    'shown is the usual one (a few kinds are a repair or a warning depending on the case).',
    '',
    ...SEVERITIES.map(([s, meaning]) => `- \`${s}\`: ${meaning}.`),
    '',
    '| code | usual severity | what it means |',
    '|---|---|---|',
    ...kinds.map(([code, info]) => `| \`${code}\` | ${info.severity} | ${cell(info.explanation)} |`),
  ];
  return `${out.join('\n')}\n`;
}
