// One establishment, many names: "HMP & YOI Rochester" (2017) and
// "HMP Rochester" (2024) are the same prison. The id comes from the place
// name without its type prefix.
import { createHash } from 'node:crypto';
import { transliterate } from 'transliteration';

const PREFIX =
  /^(?:HMP\s*(?:&|and|\/)\s*(?:YOI|YCS)|HMP\/YOI|HMYOI|HM\s*YOI|HMP|HM\s+Prison(?:\s+and\s+Young\s+Offender\s+Institution)?|HMIRC|IRC|YOI|STC)\s+/i;

/** "HMP & YOI ROCHESTER" → "Rochester". */
export function placeName(asWritten: string): string {
  // Invisible format characters (zero-width joiners, soft hyphens) have no place in a name.
  const name = asWritten.replace(/\p{Cf}/gu, '').trim();
  const place = name.replace(PREFIX, '').trim() || name;
  // Names printed in capitals are set in title case; mixed case is kept as written.
  return place === place.toUpperCase()
    ? place.toLowerCase().replace(/(^|[\s\-'’(])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase())
    : place;
}

/** The type prefix as written ("HMP & YOI"), upper-cased, or "". */
export function typePrefix(asWritten: string): string {
  return PREFIX.exec(asWritten.trim())?.[0].trim().toUpperCase().replace(/\s+/g, ' ') ?? '';
}

export function establishmentId(asWritten: string): string {
  return boundedSlug(placeName(asWritten), 'establishment');
}

/** The longest id: long enough for any real name ("weare-and-portland-harbour"), short enough for any file system. */
export const MAX_ID_LENGTH = 60;
const HASH_LENGTH = 8;

/** Letters or digits that `slug` cannot keep: another script, or Latin letters that do not decompose (ø, ß, ł). */
const OTHER_LETTERS = /(?![A-Za-z0-9])[\p{L}\p{N}]/u;

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, HASH_LENGTH);

/**
 * A non-empty, stable, readable id of at most MAX_ID_LENGTH characters for any
 * name. Names in Latin letters keep the id `slug` gives them; others are spelt in
 * Latin letters first (transliteration: "Θεσσαλονίκη" → "thessaloniki"). An id
 * that would be too long is cut at a hyphen and ends in a hash of the whole, and
 * a name with nothing to spell (symbols only) is `fallback` and a hash of the name.
 */
export function boundedSlug(name: string, fallback: string): string {
  const plain = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const readable = OTHER_LETTERS.test(plain) ? slug(transliterate(name)) : slug(name);
  if (!readable) return `${fallback}-${hash(name.normalize('NFC').trim())}`;
  if (readable.length <= MAX_ID_LENGTH) return readable;
  const head = readable.slice(0, MAX_ID_LENGTH - HASH_LENGTH);
  return `${head.slice(0, head.lastIndexOf('-')) || head.slice(0, -1)}-${hash(readable)}`;
}

/** Canonical name: the latest plan's prefix and the place name. */
export function canonicalName(latestAsWritten: string): string {
  const prefix = typePrefix(latestAsWritten);
  return prefix ? `${prefix} ${placeName(latestAsWritten)}` : placeName(latestAsWritten);
}

export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
