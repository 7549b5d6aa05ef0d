// Atom (RFC 4287) as XML that is well formed whatever a document says: every
// text is written as type="text" and escaped by fast-xml-builder, never
// as HTML or CDATA, and characters XML 1.0 cannot carry are dropped first, so
// one control character cannot break a feed that every plan of a theme shares.
import XMLBuilder from 'fast-xml-builder';

/**
 * What XML 1.0 cannot carry (its Char production): C0 controls other than tab,
 * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. A carriage
 * return is allowed but a parser reads it as a line feed, so it is written as one.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with only characters an XML 1.0 document can hold, and line breaks as a parser reads them. */
export const xmlText = (text: string): string => text.replace(NOT_XML, '').replace(/\r\n?/g, '\n');

export interface AtomEntry {
  title: string;
  /** Absolute address: the entry's id and its link. */
  url: string;
  updated: Date;
  summary: string;
}

export interface AtomFeed {
  /** Absolute address of the feed itself: its id and rel="self" link. */
  self: string;
  /** Absolute address of the page it is about. */
  home: string;
  title: string;
  subtitle: string;
  rights: string;
  author: string;
  updated: Date;
  entries: AtomEntry[];
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  processEntities: true,
});

const text = (value: string) => ({ '@_type': 'text', '#text': xmlText(value) });

export function atomXml(f: AtomFeed): string {
  const body = builder.build({
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': 'en-GB',
      id: xmlText(f.self),
      title: text(f.title),
      subtitle: text(f.subtitle),
      updated: f.updated.toISOString(),
      link: [
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': xmlText(f.home) },
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': xmlText(f.self) },
      ],
      author: { name: xmlText(f.author) },
      rights: text(f.rights),
      entry: f.entries.map((e) => ({
        id: xmlText(e.url),
        title: text(e.title),
        link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': xmlText(e.url) },
        updated: e.updated.toISOString(),
        summary: text(e.summary),
      })),
    },
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n${body}`;
}
