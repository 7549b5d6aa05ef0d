// Dates and counts as a reader in the UK expects them.
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import type { Action } from '../model/schema.ts';

// An archive has a few thousand distinct dates on tens of thousands of pages: each is formatted once.
const formatted = new Map<string, string>();

/** "2018-06-19" → "19 June 2018"; "2018-06" → "June 2018"; null → "not printed". */
export function formatDate(iso: string | null): string {
  if (!iso) return 'not printed';
  let text = formatted.get(iso);
  if (text === undefined) {
    text = /^\d{4}-\d{2}$/.test(iso)
      ? format(parseISO(`${iso}-01`), 'MMMM yyyy')
      : format(parseISO(iso), 'd MMMM yyyy');
    formatted.set(iso, text);
  }
  return text;
}

export function formatDue(due: Action['due']): string {
  if (due === null) return 'none';
  if (due === 'completed') return 'Completed';
  if (due === 'ongoing') return 'Ongoing';
  if (due === 'completed-and-ongoing') return 'Completed and ongoing';
  return formatDate(due);
}

export function inspectionDates(start: string | null, end: string | null): string {
  if (!start) return 'not printed';
  return start === end || !end ? formatDate(start) : `${formatDate(start)} to ${formatDate(end)}`;
}

/** "1 item", "2,197 items". */
export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** "a, b, and c": the comma before the last "and" keeps a last name with "and" in it whole. */
export function listInWords(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

/** A count with its noun's two forms: `counted(3, ANSWERS.concerns)` → "3 priority and key concerns". */
export const counted = (n: number, noun: { one: string; many: string }) => plural(n, noun.one, noun.many);
