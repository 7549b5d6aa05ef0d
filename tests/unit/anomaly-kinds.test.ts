// Every kind of note the parser can leave has a plain-words explanation for the
// data quality page, and the severity the parser gives it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANOMALY_KINDS, explainKind } from '../../src/model/anomaly-kinds.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Every note(line, 'kind', severity, …) call in the source, with the severities it is given. */
const emitted = new Map<string, Set<string>>();
for (const file of sources('src')) {
  for (const [, kind, rest] of readFileSync(file, 'utf8').matchAll(/\bnote\([^']{0,200}?'([a-z0-9-]+)',\s*([^,]+),/g)) {
    const set = emitted.get(kind!) ?? new Set();
    for (const [, severity] of rest!.matchAll(/'(repair|warning|error)'/g)) set.add(severity!);
    emitted.set(kind!, set);
  }
}

describe('anomaly kinds', () => {
  it('finds the note calls it checks', () => {
    expect(emitted.size).toBeGreaterThan(35);
    expect([...emitted.get('id-inferred')!].sort()).toEqual(['repair', 'warning']);
  });

  it.each([...emitted.keys()].sort())('%s has an entry with its severity and plain words', (kind) => {
    const entry = ANOMALY_KINDS[kind];
    expect(entry, `add "${kind}" to src/model/anomaly-kinds.ts`).toBeDefined();
    expect([...emitted.get(kind)!]).toContain(entry!.severity);
    expect(entry!.explanation).toMatch(/^[A-Z].{20,}\.$/);
    expect(entry!.explanation).not.toContain(kind);
  });

  it('lists no kind the parser no longer emits', () => {
    expect(Object.keys(ANOMALY_KINDS).filter((k) => !emitted.has(k))).toEqual([]);
  });

  it('still says something for a kind without an entry', () => {
    expect(explainKind('owners-split')).toBe(ANOMALY_KINDS['owners-split']!.explanation);
    expect(explainKind('a-new-kind')).toBe("See the notes on each plan's page.");
  });
});
