// The downloads and originals written as files after `astro build`: the same
// bytes the pages promise (the script and the step beside the build run as processes: tests/perf/download-commands.test.ts).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionsCsv, itemsCsv } from '../../src/dataset/csv.ts';
import { rootUrl } from '../../src/dataset/urls.ts';
import { downloadFiles, joinedCsv } from '../../src/site/download-files.ts';
import { indexDataset } from '../../src/site/data.ts';
import type { Plan } from '../../src/model/schema.ts';
import { downloadsHeapMB } from '../../scripts/build/downloads-beside.ts';
import { dataset, root } from '../support/download-fixtures.ts';

describe('downloadFiles', () => {
  const data = indexDataset(structuredClone(dataset));

  it('has three plans to write, one file of each kind per plan and six for the site', () => {
    const files = [...downloadFiles(data, root, { dataset: 'd.json', plansDir: 'plans' })];
    expect(data.plans.map((p) => p.id)).toEqual(['northby-2017', 'southby-2017', 'westby-2017']);
    expect(files.map((f) => f.path)).toEqual([
      '/data/plans/northby-2017.json',
      '/data/plans/northby-2017-items.csv',
      '/data/plans/northby-2017-actions.csv',
      '/documents/northby-2017.pdf',
      '/data/plans/southby-2017.json',
      '/data/plans/southby-2017-items.csv',
      '/data/plans/southby-2017-actions.csv',
      '/documents/southby-2017.docx',
      '/data/plans/westby-2017.json',
      '/data/plans/westby-2017-items.csv',
      '/data/plans/westby-2017-actions.csv',
      '/documents/westby-2017.txt',
      '/data/dataset.json',
      '/data/dataset.schema.json',
      '/data/items.csv',
      '/data/actions.csv',
      '/data/plans.csv',
      '/data/follow-ups.csv',
      '/data/datapackage.json',
    ]);
    expect(files.find((f) => f.path === '/documents/southby-2017.docx')).toEqual({
      path: '/documents/southby-2017.docx',
      copyOf: join('plans', 'southby-2017.docx'),
    });
  });

  it('joins the plans’ own CSV rows into the same bytes as the whole file, quoted fields included', () => {
    const files = new Map(
      [...downloadFiles(data, root, { dataset: 'd.json', plansDir: 'plans' })].map((f) => [
        f.path,
        'text' in f ? f.text : f.copyOf,
      ]),
    );
    expect(files.get('/data/items.csv')).toBe(itemsCsv(data.plans, root));
    expect(files.get('/data/actions.csv')).toBe(actionsCsv(data.plans));
    expect(files.get('/data/items.csv')).toContain(
      ',"Prisoners should have “timely” access to healthcare, including dental care",',
    );
    expect(files.get('/data/items.csv')).toContain(',"Café workers should be paid on time\r\nwith a second line",');
    expect(files.get('/data/actions.csv')).toContain('"The ""healthcare"" team will review waiting lists, weekly."');
    expect(files.get('/data/items.csv')!.match(/^(?:northby|southby|westby)-2017\/5-\d,/gm)).toHaveLength(4);
  });

  it('writes a CSV whole when the plans’ files do not join into it', () => {
    // A writer that ends the last row without a line break cannot be joined plan by plan.
    const csv = (plans: Plan[]) => ['id', ...plans.map((p) => p.id)].join('\n');
    const perPlan = data.plans.map((p) => csv([p]));
    expect(joinedCsv(csv, data.plans, perPlan)).toBe('id\nnorthby-2017\nsouthby-2017\nwestby-2017');
  });
});

describe('downloadsHeapMB', () => {
  it('caps the process’s heap at five times the dataset, never below 512 MB', () => {
    expect(downloadsHeapMB(0)).toBe(512);
    expect(downloadsHeapMB(100 * 2 ** 20)).toBe(512);
    expect(downloadsHeapMB(103 * 2 ** 20)).toBe(515);
    expect(downloadsHeapMB(206 * 2 ** 20 + 1)).toBe(1031);
  });
});

describe('rootUrl', () => {
  it('resolves the base path as Astro does with trailing slashes', () => {
    expect(rootUrl('https://example.org', '/action-plans/')).toBe('https://example.org/action-plans/');
    expect(rootUrl('https://example.org', 'action-plans')).toBe('https://example.org/action-plans/');
    expect(rootUrl('http://localhost:4321', '/')).toBe('http://localhost:4321/');
    expect(rootUrl(undefined)).toBe('http://localhost/');
  });
});
