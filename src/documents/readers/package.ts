// Word and OpenDocument files are zip packages of XML parts. Opening one and
// parsing its parts, with every failure turned into a reason a publisher can read.
import { unzipSync } from 'fflate';
import { parseDocument } from 'htmlparser2';
import { readError, type ReadResult } from '../source.ts';

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

/** A package opened at its main XML part, which has a root element; or why it cannot be. */
export type OpenedMain =
  { ok: true; parts: Map<string, string>; xml: Xml & { root: XmlElement } } | { ok: false; reason: string };

/**
 * Opens a package and parses its main part (`main`), reading the `others` parts
 * too. `notThisFormat` ends the reason given when the main part is missing.
 */
export function openMainPart(bytes: Uint8Array, main: string, others: string[] = [], notThisFormat = ''): OpenedMain {
  const pkg = openPackage(bytes, [main, ...others]);
  if (!pkg.ok) return pkg;
  const text = pkg.parts.get(main);
  if (text === undefined) return { ok: false, reason: `the package holds no document text (${main})${notThisFormat}` };
  const xml = parseXml(text);
  if (!xml.root) return { ok: false, reason: `its document text (${main}) is not XML` };
  return { ok: true, parts: pkg.parts, xml: xml as Xml & { root: XmlElement } };
}

/** A package that cannot be read, as the reader's result: what went wrong (`what`) and what to do. */
export const unreadablePackage = (format: string, what: string, remedy: string): ReadResult =>
  readError('unreadable', `Cannot read this ${format}: ${what}. ${remedy}`);

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
