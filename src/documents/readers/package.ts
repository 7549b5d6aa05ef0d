// Word and OpenDocument files are zip packages of XML parts. Opening one and
// parsing its parts, with every failure turned into a reason a publisher can read.
import { DomHandler, Parser } from 'htmlparser2';
import { formatCount, LimitError, limits as current, type Limits } from '../limits.ts';
import { readError, type ReadResult } from './source.ts';
import { unzipParts, ZipDamaged } from './zip.ts';

export type Opened = { ok: true; parts: Map<string, string> } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8');

/** The named parts of a zip package (others are not decompressed), within the limits (a LimitError beyond them). */
export function openPackage(bytes: Uint8Array, wanted: readonly string[]): Opened {
  let files: Map<string, Uint8Array>;
  try {
    files = unzipParts(bytes, wanted);
  } catch (e) {
    if (e instanceof ZipDamaged)
      return { ok: false, reason: `the file is damaged and cannot be unpacked: ${e.message}` };
    throw e;
  }
  return { ok: true, parts: new Map([...files].map(([name, data]) => [name, utf8.decode(data)])) };
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

/** htmlparser2's tree builder, counting elements and their depth as they open: past a limit, it stops the parse. */
class LimitedHandler extends DomHandler {
  #depth = 0;
  #count = 0;
  readonly #of: Readonly<Limits>;
  constructor(of: Readonly<Limits>) {
    super(undefined, { xmlMode: true });
    this.#of = of;
  }
  override onopentag(name: string, attribs: Record<string, string>): void {
    if (++this.#count > this.#of.xmlElements)
      throw new LimitError('xmlElements', `it has over ${formatCount(this.#of.xmlElements)} elements`, this.#of);
    if (++this.#depth > this.#of.xmlDepth)
      throw new LimitError('xmlDepth', `it has elements nested over ${formatCount(this.#of.xmlDepth)} deep`, this.#of);
    super.onopentag(name, attribs);
  }
  override onclosetag(): void {
    this.#depth--;
    super.onclosetag();
  }
}

/**
 * An XML part as a tree of elements, within the limits on depth and element count (a LimitError beyond them):
 * the readers walk the tree recursively. htmlparser2 is forgiving: a damaged part gives what can be read.
 */
export function parseXml(xml: string, of: Readonly<Limits> = current): Xml {
  const handler = new LimitedHandler(of);
  new Parser(handler, { xmlMode: true }).end(xml);
  const doc = handler.root;
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
