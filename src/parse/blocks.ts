// Cell blocks as the readers give them (paragraphs, list items starting
// "• "), and the few ways the parser turns them back into text.
import { blockOf, formatBlocks } from '../model/text-format.ts';

export { collapse } from '../documents/readers/source.ts';

/** A cell's blocks as one line of text. */
export function cellText(blocks: readonly string[]): string {
  return blocks.join(' ');
}

/** Blocks back to text: paragraphs apart by a blank line, list items on lines of their own. */
export function joinBlocks(paras: string[]): string {
  return formatBlocks(paras.map(blockOf));
}
