// A parser note as a test expects it, every field written out (none left to
// the code under test): a note on a line, not yet placed on a page or an item.
import type { Note } from '../../src/model/notes.ts';

export const lineNote = (
  line: number,
  kind: Note['kind'],
  severity: Note['severity'],
  message: string,
  text: string | null = null,
): Note => ({ line, where: null, item: null, kind, severity, message, text });
