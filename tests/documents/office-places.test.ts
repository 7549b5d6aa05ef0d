// Notes on Word and PDF plans say where in the file a publisher finds the
// problem: the table and row in Word, the page in a PDF; a text file's line.
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/dataset/build.ts';
import { consolePlace, placeLabel } from '../../src/dataset/place.ts';
import { readFile } from '../../src/ingest/read.ts';
import { OFFICE_DIR, TEXT_DIR } from '../support/office.ts';

const anomalies = async (dir: string, name: string) => buildDataset([(await readFile(dir, name)).parsed]).anomalies;

describe('where each note stands', () => {
  // The same note in each: item 5.25 has an action with no owner.
  it.each([
    [
      'Word: the table and row of the item',
      OFFICE_DIR,
      '004_118ba5f91bde9054.docx',
      [57, 'table 2, row 43', 'Table 2, row 43', 'plans/004_118ba5f91bde9054.docx (table 2, row 43):'],
    ],
    [
      'text: the line, as file:line for the console',
      TEXT_DIR,
      '004_118ba5f91bde9054.txt',
      [90, 'line 90', 'Line 90', 'plans/004_118ba5f91bde9054.txt:90:'],
    ],
  ])('%s', async (_, dir, file, place) => {
    const a = (await anomalies(dir, file)).find((n) => n.kind === 'owner-missing' && n.item === '5.25')!;
    expect([a.line, a.where, placeLabel(a), consolePlace('plans', a)]).toEqual(place);
  });

  it('PDF: the page of the row; the repeated header row names the pages it was printed on', async () => {
    const list = await anomalies(OFFICE_DIR, '004_118ba5f91bde9054.pdf');
    expect(list.find((n) => n.kind === 'page-number-removed')).toMatchObject({ where: 'page 2', text: 'Page 2 of 14' });
    expect(list.find((n) => n.kind === 'header-repeated')).toMatchObject({
      line: 0,
      where: 'pages 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 and 14',
    });
  });

  it('a note on the whole file has no place', () => {
    expect(placeLabel({ line: 0, where: null })).toBe('Whole file');
    expect(consolePlace('plans', { file: 'hmp-x.pdf', line: 0, where: null })).toBe('plans/hmp-x.pdf:');
    expect(consolePlace('plans', { file: 'hmp-x.txt', line: 0, where: null })).toBe('plans/hmp-x.txt:1:');
  });
});
