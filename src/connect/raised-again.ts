// Raised again: the reverse of raisedBefore. An item of an earlier plan links
// forward to each item of a later plan of the same establishment that links
// back to it, with the same score and reason. One pass over the links.
import type { Item, Link } from '../model/schema.ts';

/** For each item (by key), the later items that raised it again, in dataset order. */
export function raisedAgainByKey(items: Pick<Item, 'key' | 'raisedBefore'>[]): Map<string, Link[]> {
  const out = new Map<string, Link[]>();
  for (const later of items) {
    for (const link of later.raisedBefore) {
      const forward: Link = { key: later.key, score: link.score, reason: link.reason };
      const list = out.get(link.key);
      if (list) list.push(forward);
      else out.set(link.key, [forward]);
    }
  }
  return out;
}
