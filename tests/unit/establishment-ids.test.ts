// Every establishment gets a non-empty, stable, readable id of bounded length,
// whatever script its name is in; names that had an id keep it.
import { describe, expect, it } from 'vitest';
import { boundedSlug, establishmentId, MAX_ID_LENGTH, placeName, slug } from '../../src/dataset/establishments.ts';
import { dataset } from '../support/seeds.ts';

/** The names the tests' plans, the bench archive and real plans print, with the ids they have always had. */
const KEPT: [string, string][] = [
  ['HMP & YOI Rochester', 'rochester'],
  ['HMP ROCHESTER', 'rochester'],
  ['HMP Elmley', 'elmley'],
  ['HMP LEICESTER', 'leicester'],
  ['HMP FORD', 'ford'],
  ['HMYOI Cookham Wood', 'cookham-wood'],
  ['HMP Weare and Portland', 'weare-and-portland'],
  ['HMP Isle of Wight', 'isle-of-wight'],
  ['HMP/YOI Parc', 'parc'],
  ["HMP Bure's", 'bure-s'],
  ['HMP Kirkham & Co', 'kirkham-and-co'],
  ['HMP Ystrad Fawr', 'ystrad-fawr'],
  ['HMP Peterborough (Male)', 'peterborough-male'],
  ['HMP Brixton 2', 'brixton-2'],
  ['HMP Ashcombé', 'ashcombe'],
];

describe('establishmentId', () => {
  it('keeps the id every Latin name had', () => {
    expect(KEPT.map(([name]) => establishmentId(name))).toEqual(KEPT.map(([, id]) => id));
    // The rule before ids from any name: slug of the place name, unchanged for these.
    expect(KEPT.map(([name]) => slug(placeName(name)))).toEqual(KEPT.map(([, id]) => id));
  });

  it('keeps the ids of the tests’ own plans', () => {
    expect(dataset.establishments.map((e) => e.id)).toEqual(['elmley', 'ford', 'leicester', 'rochester']);
    expect(dataset.plans.map((p) => p.id).sort()).toEqual([
      'elmley-2019',
      'ford-2016',
      'leicester-2018',
      'rochester-2017',
      'rochester-2024',
    ]);
  });

  it('spells a name in another script in Latin letters', () => {
    expect(
      ['HMP Θεσσαλονίκη', 'HMP 東京拘置所', 'HMP Москва', 'HMP Bjørn Straße', 'HMP Łódź'].map(establishmentId),
    ).toEqual(['thessaloniki', 'dong-jing-ju-zhi-suo', 'moskva', 'bjorn-strasse', 'lodz']);
  });

  it('gives a name with nothing to spell a stable id from a hash, never an empty one', () => {
    const stars = establishmentId('HMP ★☆★');
    expect(stars).toMatch(/^establishment-[0-9a-f]{8}$/);
    expect(establishmentId('HMP ★☆★')).toBe(stars);
    expect(establishmentId('HMP ☆☆☆')).not.toBe(stars);
    expect(establishmentId('HMP 🙂')).toMatch(/^establishment-[0-9a-f]{8}$/);
    expect(boundedSlug('', 'plan')).toMatch(/^plan-[0-9a-f]{8}$/);
  });

  it(`bounds a long name to ${MAX_ID_LENGTH} characters, cut at a word and told apart by a hash`, () => {
    const long = `HMP ${'Saint Mary and All Angels upon the River '.repeat(8).slice(0, 296)}`;
    const id = establishmentId(long);
    expect(id).toBe('saint-mary-and-all-angels-upon-the-river-saint-mary-05c40888');
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(establishmentId(`${long}x`)).not.toBe(id);
    expect(establishmentId(`${long}x`).length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    const word = establishmentId(`HMP ${'a'.repeat(300)}`);
    expect(word).toMatch(/^a{51}-[0-9a-f]{8}$/);
  });

  it('leaves invisible format characters out of the name and the id', () => {
    expect(placeName('HMP Kings\u200dton\u00ad')).toBe('Kingston');
    expect(establishmentId('HMP Kings\u200dton')).toBe('kingston');
  });
});
