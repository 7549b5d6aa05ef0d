// Word and OpenDocument files are zip packages of XML parts. Opening one and
// parsing its parts, with every failure turned into a reason a publisher can read.
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';

export type Opened = { ok: true; parts: Map<string, string> } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8');

/** The named parts of a zip package (others are not decompressed). */
export function openPackage(bytes: Uint8Array, wanted: readonly string[]): Opened {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => wanted.includes(f.name) });
  } catch (e) {
    return { ok: false, reason: `the file is damaged and cannot be unpacked (${e instanceof Error ? e.message : String(e)})` };
  }
  return { ok: true, parts: new Map(Object.entries(files).map(([name, data]) => [name, utf8.decode(data)])) };
}

/** An XML part as a DOM, or null if it is not well-formed. */
export function parseXml(xml: string): Document | null {
  try {
    return new DOMParser({ onError: (level) => { if (level === 'fatalError') throw new Error('malformed XML'); } }).parseFromString(xml, 'text/xml') as unknown as Document;
  } catch {
    return null;
  }
}

/** Child elements of a node, in order. */
export function* childElements(node: Node): Generator<Element> {
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) yield c as Element;
}
