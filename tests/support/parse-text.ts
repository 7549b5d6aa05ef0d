// A plan's text, as a text file would hold it, through the text reader's rows and the parser.
import { textDocument } from '../../src/documents/readers/text.ts';
import { parseDocument, type ParsedDocument } from '../../src/parse/document.ts';

export function parseText(source: string, text: string): ParsedDocument {
  return parseDocument(source, textDocument(text));
}
