// Word and OpenDocument files are zip packages of XML parts. Opening one and
// parsing its parts, with every failure turned into a reason a publisher can read.
import { unzipSync } from 'fflate';
import { parseDocument } from 'htmlparser2';

export type Opened = { ok: true; parts: Map<string, string> } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8');

/** The named parts of a zip package (others are not decompressed). */
export function openPackage(bytes: Uint8Array, wanted: readonly string[]): Opened {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => wanted.includes(f.name) });
  } catch (e) {
    return {
      ok: false,
      reason: `the file is damaged and cannot be unpacked (${e instanceof Error ? e.message : String(e)})`,
    };
  }
  return { ok: true, parts: new Map(Object.entries(files).map(([name, data]) => [name, utf8.decode(data)])) };
}

export interface XmlElement {
  type: 'tag';
  /** The qualified name as written: "w:p". */
  name: string;
  attribs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode =
  XmlElement | { type: 'text' | 'cdata' | 'comment' | 'directive'; data?: string; children?: XmlNode[] };

export interface Xml {
  root: XmlElement | null;
  /** The prefix the document binds to a namespace ("w"), or null when it does not use it. */
  prefix: (...namespaces: string[]) => string | null;
}

/** An XML part as a tree of elements. htmlparser2 is forgiving: a damaged part gives what can be read. */
export function parseXml(xml: string): Xml {
  const doc = parseDocument(xml, { xmlMode: true });
  const root = (doc.children as unknown as XmlNode[]).find((n): n is XmlElement => n.type === 'tag') ?? null;
  const bound = new Map<string, string>();
  for (const [k, v] of Object.entries(root?.attribs ?? {})) if (k.startsWith('xmlns:')) bound.set(v, k.slice(6));
  return {
    root,
    prefix: (...namespaces) => namespaces.map((ns) => bound.get(ns)).find((p) => p !== undefined) ?? null,
  };
}

/** Child elements of an element, in order. */
export const childElements = (e: XmlElement): XmlElement[] =>
  e.children.filter((c): c is XmlElement => c.type === 'tag');

/** All the text inside a node. */
export function textOf(n: XmlNode): string {
  if (n.type === 'text' || n.type === 'cdata')
    return 'data' in n && n.data !== undefined ? n.data : (n.children ?? []).map(textOf).join('');
  return n.type === 'tag' ? n.children.map(textOf).join('') : '';
}

/** Descendant elements with a qualified name, in document order. */
export function descendants(e: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of childElements(e)) {
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}
