// Cell blocks as the readers give them (paragraphs, list items starting
// "• "), and the few ways the parser turns them back into text.
import { blockOf, formatBlocks } from '../model/text-format.ts';

/** Collapse every run of white space (including no-break spaces) to one space. */
export function collapse(s: string): string {
  // \s covers the no-break spaces; a lone plain space is left alone, so most text is not rebuilt.
  return s.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** A cell's blocks as one line of text. */
export function cellText(blocks: readonly string[]): string {
  return blocks.join(' ');
}

/** Blocks back to text: paragraphs apart by a blank line, list items on lines of their own. */
export function joinBlocks(paras: string[]): string {
  return formatBlocks(paras.map(blockOf));
}
