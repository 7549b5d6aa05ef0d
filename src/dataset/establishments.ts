// One establishment, many names: "HMP & YOI Rochester" (2017) and
// "HMP Rochester" (2024) are the same prison. The id comes from the place
// name without its type prefix.

const PREFIX =
  /^(?:HMP\s*(?:&|and|\/)\s*(?:YOI|YCS)|HMP\/YOI|HMYOI|HM\s*YOI|HMP|HM\s+Prison(?:\s+and\s+Young\s+Offender\s+Institution)?|HMIRC|IRC|YOI|STC)\s+/i;

/** "HMP & YOI ROCHESTER" → "Rochester". */
export function placeName(asWritten: string): string {
  const place = asWritten.trim().replace(PREFIX, '').trim() || asWritten.trim();
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
  return slug(placeName(asWritten));
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
