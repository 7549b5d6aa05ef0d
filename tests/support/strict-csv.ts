// CSV read back as Python's csv module reads it: a record ends at a CR, a LF or
// a CRLF outside quotes, as in pandas, Excel and LibreOffice, and bad quoting is
// an error (strict=True). csv-parse forgives an unquoted line break; this does not.
import { spawnSync } from 'node:child_process';

const READER = `
import csv, io, json, sys
out = []
for text in json.load(sys.stdin):
    if text.startswith('\\ufeff'):
        text = text[1:]
    out.append(list(csv.reader(io.StringIO(text, newline=''), strict=True)))
json.dump(out, sys.stdout)
`;

/** Several files in one Python process: it takes a while to start. */
export function readCsvsStrictly(texts: string[]): string[][][] {
  const r = spawnSync('python3', ['-c', READER], {
    input: JSON.stringify(texts),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.error) throw new Error(`python3 is needed to read CSV as Python does: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`Python's csv module refused the file: ${r.stderr}`);
  return JSON.parse(r.stdout) as string[][][];
}

export const readCsvStrictly = (text: string): string[][] => readCsvsStrictly([text])[0]!;
