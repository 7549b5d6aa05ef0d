// Text extractions carry fragments of the documents' formatting: HTML
// paragraphs, bold and underline, unclosed <ul> lists, "•" bullets and
// markdown emphasis. The text reader turns each cell into plain blocks, so
// that the parser (and the site) work from structure, never from markup.
import { collapse } from './source.ts';

/** Tags the document converters emit for formatting. Anything else is kept as literal text. */
const BLOCK_TAG = /<\/?\s*(?:p|ul|ol|li|div|br)\b[^<>]*\/?>/gi;
const INLINE_TAG = /<\/?\s*(?:b|strong|i|em|u|span|sup|sub|font)\b[^<>]*\/?>/gi;
const MARKDOWN_EMPHASIS = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  bull: '•',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Inline formatting removed; block structure flattened to spaces. */
export function plainText(cell: string): string {
  return blocks(cell).join(' ');
}

/**
 * A cell as a list of blocks: paragraphs, and list items prefixed with "• ".
 * Empty blocks (e.g. `<u> </u>`) disappear.
 */
export function blocks(cell: string): string[] {
  if (!cell.trim()) return [];
  const withoutInline =
    cell.includes('<') || cell.includes('*') || cell.includes('&')
      ? decodeEntities(cell.replace(INLINE_TAG, '').replace(MARKDOWN_EMPHASIS, '$2'))
      : cell;
  const out: string[] = [];
  for (const part of withoutInline.includes('<') ? withoutInline.split(BLOCK_TAG) : [withoutInline]) {
    if (!part.includes('•')) {
      const text = collapse(part);
      if (text) out.push(text);
      continue;
    }
    // Bullets flattened into running text start list items.
    const pieces = part.split(/\s*•\s*/);
    pieces.forEach((piece, i) => {
      const text = collapse(piece);
      if (text) out.push(i === 0 ? text : `• ${text}`);
    });
  }
  return out;
}

/** Markdown heading hashes and emphasis stripped from a whole line of front matter. */
export function plainLine(line: string): string {
  return plainText(line.replace(/^\s*#{1,6}\s+/, ''));
}
