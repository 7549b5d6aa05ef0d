import { describe, expect, it } from 'vitest';
import { textDocument } from '../../src/documents/readers/text.ts';
import { findTable, headerLabel, roleOf } from '../../src/parse/layout.ts';

describe('a header word wrapped in a narrow column', () => {
  it.each([
    ['Recommendat ion', 'text'],
    ['Recommen dation', 'text'],
    ['Responsible Own er', 'owner'],
  ])('reads "%s" as the word it is', (header, role) => {
    expect(roleOf(header)).toBe(role);
  });
});

describe('roleOf', () => {
  it.each([
    ['1. Rec. no', 'id'],
    ['Rec No', 'id'],
    ['Recommendation number', 'id'],
    ['Concern No.', 'id'],
    ['No.', 'id'],
    ['Ref', 'id'],
    ['Ref. no', 'id'],
    ['ID', 'id'],
    ['2 Recommendation', 'text'],
    ['Concerns', 'text'],
    ['Key concern', 'text'],
    ['Priority concern', 'text'],
    ['Finding', 'text'],
    ['Issue', 'text'],
    ['3. Agreed/ Partly Agreed/ Not Agreed', 'status'],
    ['Accepted / Rejected', 'status'],
    ['Status', 'status'],
    ['Decision', 'status'],
    ['4. Response Action Taken/Planned', 'response'],
    ['Action taken / planned', 'response'],
    ['Action(s)', 'response'],
    ['Actions', 'response'],
    ['Response', 'response'],
    ['5. Responsible Owner', 'owner'],
    ['Owner', 'owner'],
    ['Lead', 'owner'],
    ['Function Responsible/ Policy Lead', 'owner'],
    ['By whom', 'owner'],
    ['Action owner', 'owner'],
    ['6. Target Date', 'target'],
    ['Timescale', 'target'],
    ['Deadline', 'target'],
    ['By when', 'target'],
    ['Due date', 'target'],
    ['#', 'id'],
    ['Item', 'id'],
    ['Para', 'id'],
    ['Rec.', 'id'],
    ['Rec Ref', 'id'],
    ['Ref No.', 'id'],
    ['Recommendation/Concern', 'text'],
    ['HMPPS Response', 'response'],
    ['Action(s) to be taken', 'response'],
    ['Lead / Owner', 'owner'],
    ['Responsible', 'owner'],
    ['Completion date', 'target'],
    ['Target completion date', 'target'],
    ['Timeframe', 'target'],
    ['Date for completion', 'target'],
    ['Agreed / Not agreed', 'status'],
    ['Accept / Reject', 'status'],
    ['Agreed?', 'status'],
    ['Completed by', 'target'],
    ['Date to be completed by', 'target'],
    ['Completion', 'target'],
    ['Update', null],
    ['Progress (RAG)', null],
    ['Evidence of completion', null],
    ['Risk', null],
    ['Progress update', null],
    ['RAG rating', null],
    ['RAG status', null],
    ['Evidence', null],
    ['Comments', null],
    ['Date completed', null],
    ['', null],
  ])('%s → %s', (header, role) => {
    expect(roleOf(header)).toBe(role);
  });

  it('takes the column number off a header', () => {
    expect(['1. Rec no', '2 Recommendation', '(3) Status', '4) Owner', 'a) Lead', 'No.'].map(headerLabel)).toEqual([
      'Rec no',
      'Recommendation',
      'Status',
      'Owner',
      'Lead',
      'No.',
    ]);
  });
});

describe('findTable', () => {
  const find = (...lines: string[]) => findTable(textDocument(lines.join('\n')).rows);

  it('finds the header in any order and case, and tells recommendations from concerns by the status column', () => {
    expect(find('Action Plan: HMP X', 'TARGET DATE\tOWNER\tRESPONSE\tSTATUS\tRECOMMENDATION\tREC NO')).toEqual({
      ok: true,
      layout: {
        line: 2,
        roles: ['target', 'owner', 'response', 'status', 'text', 'id'],
        headers: ['TARGET DATE', 'OWNER', 'RESPONSE', 'STATUS', 'RECOMMENDATION', 'REC NO'],
        kind: 'recommendations',
        unnamedId: false,
        joinedFrom: null,
        statusInResponse: false,
      },
    });
    expect(find('No.\tKey concern\tAction taken / planned\tOwner\tTarget date')).toMatchObject({
      ok: true,
      layout: { kind: 'concerns' },
    });
  });

  it('takes a blank first header before the text column for the number column, and says so', () => {
    expect(find('\tRecommendation\tAgreed\tResponse\tOwner\tTarget date')).toMatchObject({
      ok: true,
      layout: { roles: ['id', 'text', 'status', 'response', 'owner', 'target'], unnamedId: true },
    });
    // Not before the text column: no number column at all, a table whose items are told apart by their texts.
    expect(find('\tOwner\tRecommendation\tResponse\tTarget date')).toMatchObject({
      ok: true,
      layout: { roles: [null, 'owner', 'text', 'response', 'target'], unnamedId: false },
    });
  });

  it('keeps unknown columns and a role’s second column under their headers (role null)', () => {
    expect(find('Ref\tFinding\tStatus\tRAG rating\tActions\tLead\tTarget date\tTarget date (revised)')).toMatchObject({
      ok: true,
      layout: {
        roles: ['id', 'text', 'status', null, 'response', 'owner', 'target', null],
        headers: ['Ref', 'Finding', 'Status', 'RAG rating', 'Actions', 'Lead', 'Target date', 'Target date (revised)'],
      },
    });
  });

  it('gives a role named twice to the column that names it plainly', () => {
    expect(
      find('Rec no\tRecommendation\tDate agreed\tAgreed/ Partly agreed/ Not agreed\tResponse\tOwner\tTarget date'),
    ).toMatchObject({
      ok: true,
      layout: { roles: ['id', 'text', null, 'status', 'response', 'owner', 'target'] },
    });
  });

  it('takes neither long table cells nor the definitions table for a header', () => {
    expect(
      find(
        'Term\tDefinition\tAdditional comment',
        'Agreed\tAll of the recommendation is agreed with, can be achieved and is affordable by the prison and its partners.\tThe response should explain how.',
      ).ok,
    ).toBe(false);
  });

  it('says which roles the best row names and which it lacks', () => {
    const r = find('Intro', 'Rec no\tRecommendation\tAgreed\tOwner\tTarget date');
    expect(r).toMatchObject({ ok: false, line: 2 });
    expect(!r.ok && r.message).toMatch(
      /the row at line 2 \("Rec no \| Recommendation \| Agreed \| Owner \| Target date"\) has columns for the number .* but none for the response/,
    );
    const owner = find('Rec no\tRecommendation\tAgreed\tResponse');
    expect(!owner.ok && owner.message).toMatch(/but none for the responsible owner or the target date\./);
    const none = find('Minutes of the meeting', 'We discussed the plan.');
    expect(!none.ok && none.message).toMatch(
      /^No action plan table was found: no row names the table's columns\. Expected a header row with a column for the number/,
    );
  });

  it('reads a header printed over two lines as one, and says where it starts', () => {
    const found = find(
      'Action Plan: HMP X',
      'Rec\tRecommendation\tAgreed/\tResponse\tResponsible\tTarget',
      'no\t\tNot agreed\tAction taken\towner\tdate',
      '5.1\tText. (1.1)\tAgreed\tWe will.\tGovernor\tMay 2025',
    );
    expect(found).toMatchObject({
      ok: true,
      layout: {
        line: 3,
        joinedFrom: 2,
        roles: ['id', 'text', 'status', 'response', 'owner', 'target'],
        headers: [
          'Rec no',
          'Recommendation',
          'Agreed/ Not agreed',
          'Response Action taken',
          'Responsible owner',
          'Target date',
        ],
      },
    });
  });

  it('chooses the action table over a table before it that names fewer roles or has fewer numbered rows', () => {
    const glossary = ['No.\tRecommendation\tStatus\tResponse\tOwner', '1\tTerms\tAgreed\tSee below\tGovernor'];
    const plan = ['Ref\tConcern\tResponse\tLead\tTarget date', '1\tSafety\tSee below\tGovernor\tOngoing'];
    const actions = [
      'Concern No.\tKey concern\tAction taken / planned\tOwner\tTarget date',
      '1\tA.\tWe will.\tGovernor\tMay 2025',
      '2\tB.\tWe will.\tGovernor\tMay 2025',
    ];
    expect(
      find(
        ...glossary,
        '',
        'Rec no\tRecommendation\tAgreed\tResponse\tOwner\tTarget date',
        '5.1\tA.\tAgreed\tWe will.\tGovernor\tMay 2025',
      ),
    ).toMatchObject({ ok: true, layout: { line: 4 } });
    expect(find(...plan, '', ...actions)).toMatchObject({ ok: true, layout: { line: 4, kind: 'concerns' } });
    // The same header printed again after a page break, with more rows under it, is the same table.
    expect(
      find(
        ...actions,
        'CONCERN NO. | KEY CONCERN'.replace(' | ', '\t') + '\tACTION TAKEN / PLANNED\tOWNER\tTARGET DATE',
        '3\tC.\tWe will.\tGovernor\tMay 2025',
        '4\tD.\tWe will.\tGovernor\tMay 2025',
        '5\tE.\tWe will.\tGovernor\tMay 2025',
      ),
    ).toMatchObject({ ok: true, layout: { line: 1 } });
  });

  it('reads one column for status and response as the response column of a recommendations plan', () => {
    expect(
      find('Rec no\tRecommendation\tResponse (Agreed / Partly agreed / Not agreed)\tOwner\tTarget date'),
    ).toMatchObject({
      ok: true,
      layout: { roles: ['id', 'text', 'response', 'owner', 'target'], kind: 'recommendations', statusInResponse: true },
    });
  });

  it('keeps a "Status" column beside concerns as a column of its own: concerns are not agreed or rejected', () => {
    expect(find('Concern No.\tKey concern\tAction taken / planned\tOwner\tTarget date\tStatus')).toMatchObject({
      ok: true,
      layout: { roles: ['id', 'text', 'response', 'owner', 'target', null], kind: 'concerns' },
    });
    expect(find('Rec no\tRecommendation\tStatus\tResponse\tOwner\tTarget date')).toMatchObject({
      ok: true,
      layout: { kind: 'recommendations' },
    });
  });
});
