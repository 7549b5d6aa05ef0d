// What an earlier ingest worked out, used again where its inputs are the same (src/ingest/memo.ts):
// the connections, and the dataset file.
import { mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect } from '../../src/connect/connect.ts';
import { readCuratedGlossary, readThemes } from '../../src/connect/editorial.ts';
import { buildDataset } from '../../src/dataset/build.ts';
import { datasetJson } from '../../src/dataset/write.ts';
import { connectRemembering, rememberedWrite, type ConnectInputs } from '../../src/ingest/memo.ts';
import type { Dataset } from '../../src/model/schema.ts';
import { documents } from '../support/seeds.ts';

const themes = readThemes();
const glossary = readCuratedGlossary();
const inputs: ConnectInputs = { readings: 'readings-1', themes, glossary, code: 'code-1' };
const json = (d: Dataset) => [...datasetJson(d)].join('');

/** connect(), counting its calls. */
function counting() {
  const calls = { n: 0 };
  return {
    calls,
    connect: (d: Dataset) => {
      calls.n++;
      return Promise.resolve(connect(d, themes, glossary));
    },
  };
}

describe('the connections remembered', () => {
  it('gives the same dataset, byte for byte, without connecting, for the same inputs; connects again when any differs', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'memo-'));
    const c = counting();
    const first = await connectRemembering(buildDataset(documents), inputs, c.connect, folder);
    expect(first.remembered).toBe(false);
    expect(c.calls.n).toBe(1);
    const expected = json(first.dataset);
    // The connections are not empty: the comparison below would otherwise say little.
    expect(first.dataset.plans[0]!.items[0]!.themes.length).toBeGreaterThan(0);
    expect(first.dataset.glossary.length).toBeGreaterThan(0);

    const again = await connectRemembering(buildDataset(documents), inputs, c.connect, folder);
    expect(again.remembered).toBe(true);
    expect(c.calls.n).toBe(1);
    expect(json(again.dataset)).toBe(expected);
    expect(again.key).toBe(first.key);

    // Each input, and the code, is part of the key.
    for (const changed of [
      { ...inputs, readings: 'readings-2' },
      { ...inputs, code: 'code-2' },
      { ...inputs, themes: themes.map((t, i) => (i ? t : { ...t, keywords: [...t.keywords, 'kettle'] })) },
      { ...inputs, glossary: [...glossary, { term: 'KTL', expansion: 'kettle' }] },
      { ...inputs, meanings: new Map([[themes[0]!.id, ['kettle']]]) },
    ]) {
      const before = c.calls.n;
      const r = await connectRemembering(buildDataset(documents), changed, c.connect, folder);
      expect(r.remembered).toBe(false);
      expect(c.calls.n).toBe(before + 1);
    }
    // Unknown inputs (a reading that may go otherwise next time), or no folder: always connected.
    expect((await connectRemembering(buildDataset(documents), null, c.connect, folder)).key).toBeNull();
    expect((await connectRemembering(buildDataset(documents), inputs, c.connect, null)).remembered).toBe(false);
  });

  it('connects again when the entry is cut short or damaged, and keeps only the last two', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'memo-'));
    const c = counting();
    await connectRemembering(buildDataset(documents), inputs, c.connect, folder);
    const [entry] = readdirSync(join(folder, 'connected'));
    const file = join(folder, 'connected', entry!);
    const whole = readFileSync(file);
    writeFileSync(file, whole.subarray(0, whole.length >> 1));
    const cut = await connectRemembering(buildDataset(documents), inputs, c.connect, folder);
    expect(cut.remembered).toBe(false);
    expect(readFileSync(file).equals(whole)).toBe(true);
    const damaged = Buffer.from(whole);
    damaged.writeUInt8(damaged.readUInt8(damaged.length - 10) ^ 0xff, damaged.length - 10);
    writeFileSync(file, damaged);
    expect((await connectRemembering(buildDataset(documents), inputs, c.connect, folder)).remembered).toBe(false);
    expect(c.calls.n).toBe(3);
    for (const readings of ['a', 'b', 'c'])
      await connectRemembering(buildDataset(documents), { ...inputs, readings }, c.connect, folder);
    expect(readdirSync(join(folder, 'connected'))).toHaveLength(2);
  });
});

describe('the dataset file remembered', () => {
  it('is left as it is only when it is the very file written from the same inputs', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'memo-'));
    const out = join(mkdtempSync(join(tmpdir(), 'memo-out-')), 'dataset.json');
    let writes = 0;
    const write =
      (text = 'dataset\n') =>
      () => {
        writes++;
        writeFileSync(`${out}.tmp`, text);
        // As writeDataset does: beside, then renamed.
        renameSync(`${out}.tmp`, out);
      };
    expect(rememberedWrite(out, 'key-1', { followUps: [] }, write('one\n'), folder)).toBe(true);
    expect(rememberedWrite(out, 'key-1', { followUps: [] }, write('one\n'), folder)).toBe(false);
    expect(writes).toBe(1);
    // Other connections, other follow-ups, no key, no folder: written.
    expect(rememberedWrite(out, 'key-2', { followUps: [] }, write('two\n'), folder)).toBe(true);
    expect(rememberedWrite(out, 'key-2', { followUps: ['a judgement'] }, write('three\n'), folder)).toBe(true);
    expect(rememberedWrite(out, null, { followUps: [] }, write('four\n'), folder)).toBe(true);
    expect(rememberedWrite(out, 'key-2', { followUps: [] }, write('five\n'), null)).toBe(true);
    expect(writes).toBe(5);
    expect(readFileSync(out, 'utf8')).toBe('five\n');
  });

  it('puts back the bytes written from the same inputs when something else was written there, or the file moved away', () => {
    const folder = mkdtempSync(join(tmpdir(), 'memo-'));
    const dir = mkdtempSync(join(tmpdir(), 'memo-out-'));
    const out = join(dir, 'dataset.json');
    let writes = 0;
    const write = (text: string) => () => {
      writes++;
      writeFileSync(`${out}.tmp`, text);
      renameSync(`${out}.tmp`, out);
    };
    rememberedWrite(out, 'key-1', [], write('one\n'), folder);
    rememberedWrite(out, 'key-2', [], write('two\n'), folder);
    expect(rememberedWrite(out, 'key-1', [], write('one\n'), folder)).toBe(false);
    expect(readFileSync(out, 'utf8')).toBe('one\n');
    // Moved aside, as the bench does between runs.
    renameSync(out, join(dir, 'moved.json'));
    expect(rememberedWrite(out, 'key-2', [], write('two\n'), folder)).toBe(false);
    expect(readFileSync(out, 'utf8')).toBe('two\n');
    expect(writes).toBe(2);
    // The first inputs again: their bytes put back.
    expect(rememberedWrite(out, 'key-1', [], write('one\n'), folder)).toBe(false);
    expect(readFileSync(out, 'utf8')).toBe('one\n');
    expect(writes).toBe(2);
  });

  it('never lets a writing in place change the bytes kept', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'memo-'));
    const out = join(mkdtempSync(join(tmpdir(), 'memo-out-')), 'terms.json');
    let writes = 0;
    // As the search terms' file is written: in place.
    const write = (text: string) => () => {
      writes++;
      writeFileSync(out, text);
    };
    rememberedWrite(out, 'key-1', [], write('one\n'), folder);
    rememberedWrite(out, 'key-2', [], write('two\n'), folder);
    expect(rememberedWrite(out, 'key-1', [], write('one\n'), folder)).toBe(false);
    expect(readFileSync(out, 'utf8')).toBe('one\n');
    expect(rememberedWrite(out, 'key-2', [], write('two\n'), folder)).toBe(false);
    expect(readFileSync(out, 'utf8')).toBe('two\n');
    expect(writes).toBe(2);
    // Something else writes over the file in place (past the clock's step: file times move in steps of a few ms).
    await new Promise((r) => setTimeout(r, 50));
    writeFileSync(out, 'edited\n');
    expect(rememberedWrite(out, 'key-2', [], write('two\n'), folder)).toBe(true);
    expect(readFileSync(out, 'utf8')).toBe('two\n');
    expect(rememberedWrite(out, 'key-1', [], write('one\n'), folder)).toBe(false);
    expect(readFileSync(out, 'utf8')).toBe('one\n');
    expect(writes).toBe(3);
  });

  it('keeps the bytes of the last six outputs only, and the records of sixteen', () => {
    const folder = mkdtempSync(join(tmpdir(), 'memo-'));
    const out = join(mkdtempSync(join(tmpdir(), 'memo-out-')), 'dataset.json');
    for (let k = 0; k < 20; k++) rememberedWrite(out, `key-${k}`, [], () => writeFileSync(out, `${k}\n`), folder);
    const names = readdirSync(join(folder, 'written')).filter((n) => !n.endsWith('.tmp'));
    expect(names.filter((n) => n.endsWith('.bytes'))).toHaveLength(6);
    expect(names.filter((n) => !n.endsWith('.bytes'))).toHaveLength(16);
  });
});
