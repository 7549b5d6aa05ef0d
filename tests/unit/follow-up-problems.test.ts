// The follow-up rows left out, where publishers look: ingest's lines, and the data quality page's list (each with its
// file, line and message, in order). The build's closing lines are in publishing.test.ts.
import { describe, expect, it } from 'vitest';
import { followUpLines } from '../../src/report/follow-ups.ts';
import { followUpProblemRows } from '../../src/site/views/follow-up-problems.ts';

describe('followUpProblemRows', () => {
  it('lists each row left out by file then line, with control and direction characters in names escaped', () => {
    const problems = [
      { file: 'b.csv', line: 7, message: 'item "5.99" is not an item of "rochester-2017"; the row is left out' },
      { file: 'a\u202Eb.csv', line: 1, message: 'the header row has no column "url"' },
      { file: 'b.csv', line: 3, message: 'a duplicate of line 2; the row is left out' },
    ];
    expect(followUpProblemRows(problems)).toEqual([
      { file: 'a\\u202Eb.csv', line: 1, message: 'the header row has no column "url"' },
      { file: 'b.csv', line: 3, message: 'a duplicate of line 2; the row is left out' },
      { file: 'b.csv', line: 7, message: 'item "5.99" is not an item of "rochester-2017"; the row is left out' },
    ]);
    // The dataset's own list is left as it is.
    expect(problems[0]!.file).toBe('b.csv');
  });

  it('is empty when every row was read', () => {
    expect(followUpProblemRows([])).toEqual([]);
  });
});

describe('followUpLines', () => {
  it('prints file:line: error: message with the folder, a file name with control characters escaped', () => {
    expect(
      followUpLines(
        [
          { file: 'a.csv', line: 4, message: 'plan "x" is not a plan of the dataset; the row is left out' },
          { file: 'b\u001b]0;owned\u0007.csv', line: 1, message: 'the file is empty' },
        ],
        'content/follow-ups/',
      ),
    ).toEqual([
      'content/follow-ups/a.csv:4: error: plan "x" is not a plan of the dataset; the row is left out',
      'content/follow-ups/b\\x1B]0;owned\\x07.csv:1: error: the file is empty',
    ]);
  });
});
