// Bad and unusual input: each document is reported by name, the others still
// build, and no stack trace reaches the publisher. The ingest command itself, run as a process, is tested in
// tests/perf/ingest-command.test.ts.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/read.ts';
import { parseText as parseDocument } from '../support/parse-text.ts';
import { cp1252 } from '../support/cp1252.ts';
import { ELMLEY, LEICESTER, folder, seed } from '../support/ingest-run.ts';

describe('encodings', () => {
  it('reads Windows-1252, and UTF-8 with a BOM and CRLF line ends, exactly as UTF-8', async () => {
    const dir = folder({
      'utf8.txt': seed(LEICESTER),
      'cp1252.txt': cp1252(seed(LEICESTER)),
      'crlf.txt': `\uFEFF${seed(ELMLEY).replace(/\n/g, '\r\n')}`,
    });
    const utf8 = (await readDocument(dir, 'utf8.txt')).plan!;
    expect(seed(LEICESTER)).toMatch(/[–’]/); // the test means something only if there are non-ASCII characters
    expect((await readDocument(dir, 'cp1252.txt')).plan).toEqual({ ...utf8, source: 'cp1252.txt' });
    expect((await readDocument(dir, 'crlf.txt')).plan).toEqual({ ...parseDocument('crlf.txt', seed(ELMLEY)).plan });
  });
});
