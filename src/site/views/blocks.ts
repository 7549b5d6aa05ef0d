// A text's blocks as a page shows them: each paragraph on its own, the list
// items that follow one another in one list.
import type { Block } from '../../model/text-format.ts';

export type BlockRun = { list: false; text: string } | { list: true; items: string[] };

/** Paragraphs one by one; consecutive list items together, as one list. */
export function blockRuns(blocks: readonly Block[]): BlockRun[] {
  const runs: BlockRun[] = [];
  for (const b of blocks) {
    const last = runs.at(-1);
    if (!b.list) runs.push({ list: false, text: b.text });
    else if (last?.list) last.items.push(b.text);
    else runs.push({ list: true, items: [b.text] });
  }
  return runs;
}
