/** Code-point order: unlike localeCompare, the same on every machine and locale. */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
