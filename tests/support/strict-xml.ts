// XML read as a strict XML 1.0 parser reads it (Python's expat, as browsers'
// and feed readers' parsers do): a character XML forbids, an unclosed CDATA
// section or a stray "]]>" is an error, never forgiven. Gives each element's
// namespace-qualified name and text, in document order.
import { spawnSync } from 'node:child_process';

const READER = `
import json, sys, xml.etree.ElementTree as ET
out = []
for text in json.load(sys.stdin):
    try:
        root = ET.fromstring(text.encode('utf-8', 'surrogatepass'))
    except ET.ParseError as e:
        out.append({'error': str(e)})
        continue
    out.append({'elements': [{'tag': el.tag, 'attrib': el.attrib, 'text': el.text or ''} for el in root.iter()]})
json.dump(out, sys.stdout)
`;

export interface XmlElement {
  /** "{http://www.w3.org/2005/Atom}title" */
  tag: string;
  attrib: Record<string, string>;
  text: string;
}

export type StrictXml = { error: string } | { elements: XmlElement[] };

/** Several documents in one Python process. */
export function readXmlsStrictly(texts: string[]): StrictXml[] {
  const r = spawnSync('python3', ['-c', READER], {
    input: JSON.stringify(texts),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.error) throw new Error(`python3 is needed to read XML strictly: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as StrictXml[];
}
