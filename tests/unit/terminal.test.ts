// What a document or a file name says never reaches the publisher's terminal as
// a command: every line the ingest and the build print shows control and
// bidirectional characters as escapes, and stays one line.
import { describe, expect, it } from 'vitest';
import type { Anomaly } from '../../src/model/schema.ts';
import { buildOutcome } from '../../src/report/build.ts';
import { failedDocumentLines, notesReport } from '../../src/report/notes.ts';
import { terminalLine } from '../../src/report/terminal.ts';

/** A file name and a message that would clear the screen, set the window title, reverse a line and add a fake one. */
const FILE = 'plan\u001b[2J\u001b]0;owned\u0007\u202e.txt\nfake: 0 errors';
const MESSAGE = 'The target "\u001b[31mJuly\u009b0m" is not a date.';

const anomaly = (severity: Anomaly['severity'], plan: string | null): Anomaly => ({
  file: FILE,
  line: 3,
  where: null,
  plan,
  item: null,
  kind: 'target-unreadable',
  severity,
  message: MESSAGE,
  text: null,
});

/** Nothing a terminal acts on: C0 and C1 controls, DEL, bidirectional controls. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const ACTIVE = /[\x00-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u2028\u2029]/;

describe('terminalLine', () => {
  it('writes control and bidirectional characters as escapes, and keeps the rest', () => {
    expect(terminalLine(`a\u0000b\u001b[2Jc\u0007d\u007fe\u009bf\u202eg\u2066h\ni\rj\tk “é” 😀`)).toBe(
      'a\\x00b\\x1B[2Jc\\x07d\\x7Fe\\x9Bf\\u202Eg\\u2066h\\ni\\rj\tk “é” 😀',
    );
  });

  it('leaves a safe line as it is, so escaping twice changes nothing', () => {
    const once = terminalLine(FILE);
    expect(terminalLine(once)).toBe(once);
    expect(once).toBe('plan\\x1B[2J\\x1B]0;owned\\x07\\u202E.txt\\nfake: 0 errors');
  });
});

describe('every line the ingest and the build print', () => {
  const notes = [anomaly('warning', 'p-2020'), anomaly('error', null)];
  const lines = [
    ...notesReport(notes, { source: 'plans', verbose: true }),
    ...notesReport(notes, { source: 'plans', verbose: false, perKind: 0 }),
    ...failedDocumentLines(notes, 'plans'),
    ...buildOutcome(
      [...notes, { ...anomaly('error', 'p-2020'), file: FILE }],
      'plans',
      { origin: 'http://localhost:4321', preview: true },
      'dist',
      {
        publishWithErrors: false,
        ci: false,
      },
    ).lines,
  ];

  it('carries no control or bidirectional character, whatever the file name and message hold', () => {
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(line, line).not.toMatch(ACTIVE);
  });

  it('names the file and quotes the message with the escapes in place', () => {
    expect(failedDocumentLines(notes, 'plans')).toEqual([
      'not published: plans/plan\\x1B[2J\\x1B]0;owned\\x07\\u202E.txt\\nfake: 0 errors: The target "\\x1B[31mJuly\\x9B0m" is not a date.',
    ]);
  });
});
