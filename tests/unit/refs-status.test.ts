import { describe, expect, it } from 'vitest';
import { splitReference } from '../../src/parse/refs.ts';
import { leadingStatus, statusOf, statusWithNote } from '../../src/parse/status.ts';

describe('splitReference', () => {
  it('splits the bracketed reference off the end of the text', () => {
    expect(splitReference('Showers should be refurbished. (1.32)')).toEqual({
      text: 'Showers should be refurbished.',
      refs: ['1.32'],
      repeatedRefs: [],
      asWritten: '(1.32)',
      repaired: false,
    });
    expect(splitReference('Special cells should be used less. (S44)').refs).toEqual(['S44']);
  });

  it('reads repeated recommendations, with or without a comma', () => {
    expect(splitReference('Objectives should be shared. (1.37, repeated recommendation 1.40)')).toMatchObject({
      refs: ['1.37'],
      repeatedRefs: ['1.40'],
    });
    expect(splitReference('Rooms for one. (2.7, repeated recommendation HP47)')).toMatchObject({
      refs: ['2.7'],
      repeatedRefs: ['HP47'],
    });
    expect(splitReference('Bail information. (2.25 repeated recommendation 2.45)')).toMatchObject({
      refs: ['2.25'],
      repeatedRefs: ['2.45'],
    });
  });

  it('reads a reference that lost its opening bracket, and says so', () => {
    expect(splitReference('Clinical areas should comply with standards 2.58, repeated recommendation 2.60)')).toEqual({
      text: 'Clinical areas should comply with standards',
      refs: ['2.58'],
      repeatedRefs: ['2.60'],
      asWritten: '2.58, repeated recommendation 2.60)',
      repaired: true,
    });
  });

  it('leaves text without a reference alone', () => {
    expect(splitReference('Use of force was high (see below)')).toMatchObject({ refs: [], asWritten: null });
  });
});

describe('statusOf', () => {
  it.each([
    ['Agreed', 'agreed'],
    ['Accepted', 'agreed'],
    ['Partly Agreed', 'partly_agreed'],
    ['Partially Accepted', 'partly_agreed'],
    ['Accepted Subject to Resources', 'partly_agreed'],
    ['Accepted Subject to Resources /Partially Accepted', 'partly_agreed'],
    ['Not Agreed', 'not_agreed'],
    ['Rejected', 'not_agreed'],
    ['Housekeeping', null],
    // Any case, spacing and surrounding punctuation.
    ['Agreed.', 'agreed'],
    ['AGREED', 'agreed'],
    ['agreed', 'agreed'],
    ['(Agreed)', 'agreed'],
    ['“Agreed”', 'agreed'],
    ['Agreed*', 'agreed'],
    ['- Agreed -', 'agreed'],
    ['  partly   agreed ', 'partly_agreed'],
    ['PARTLY AGREED.', 'partly_agreed'],
    ['Not  agreed;', 'not_agreed'],
    ['Fully agreed', 'agreed'],
    ['Agreed in full', 'agreed'],
    // Other templates' wordings.
    ['Partially agreed', 'partly_agreed'],
    ['Part agreed', 'partly_agreed'],
    ['Part-agreed', 'partly_agreed'],
    ['Agreed in part', 'partly_agreed'],
    ['Accepted in part', 'partly_agreed'],
    ['Partly accepted', 'partly_agreed'],
    ['Agreed subject to funding', 'partly_agreed'],
    ['Not accepted', 'not_agreed'],
    ['Disagreed', 'not_agreed'],
    ['Declined', 'not_agreed'],
    ['Agreed (in part)', 'partly_agreed'],
    // Not read: kept as written and marked not recognised by the parser.
    ['Agred', null],
    ['Not agred', null],
    ['Agreed – see below', null],
    ['Agreed in principle', null],
    ['Yes', null],
    ['', null],
    // The verb itself, and dashes or colons between a status's words.
    ['Agree', 'agreed'],
    ['Accept', 'agreed'],
    ['Partly agree', 'partly_agreed'],
    ['Disagree', 'not_agreed'],
    ['Reject', 'not_agreed'],
    ['Do not agree', 'not_agreed'],
    ['Agreed – in part', 'partly_agreed'],
    ['Agreed - in part', 'partly_agreed'],
    ['Partly-Agreed', 'partly_agreed'],
    ['Not-Agreed', 'not_agreed'],
    ['AGREED –', 'agreed'],
    ['Partly\u00a0Agreed\u00a0', 'partly_agreed'],
    ['Agreed\u200b', 'agreed'],
  ])('%s → %s', (written, status) => {
    expect(statusOf(written)).toBe(status);
  });
});

describe('statusWithNote', () => {
  it.each([
    ['Agreed – see below', { status: 'agreed', note: 'see below' }],
    ['Agreed (see response)', { status: 'agreed', note: 'see response' }],
    ['Partly agreed – ongoing', { status: 'partly_agreed', note: 'ongoing' }],
    ['Not agreed: see rationale', { status: 'not_agreed', note: 'see rationale' }],
    // A note that could change the answer leaves the status unread.
    ['Agreed in principle', null],
    ['Agreed – in principle', null],
    ['Agreed, but subject to funding', null],
    ['Agreed (partly)', null],
    ['Agreed – not the second part', null],
    ['Agreed – pending review', null],
    ['Agreed', null],
    ['Agred – see below', null],
  ])('%s → %o', (written, read) => {
    expect(statusWithNote(written)).toEqual(read);
  });
});

describe('leadingStatus', () => {
  it.each([
    ['Agreed. The prison will review the policy.', { status: 'Agreed', rest: 'The prison will review the policy.' }],
    [
      'Partly agreed – the prison will act on the first part.',
      { status: 'Partly agreed', rest: 'the prison will act on the first part.' },
    ],
    ['Not Agreed', { status: 'Not Agreed', rest: '' }],
    ['Agred', { status: 'Agred', rest: '' }],
    ['The prison will review the policy. Agreed.', null],
  ])('%s → %o', (paragraph, read) => {
    expect(leadingStatus(paragraph)).toEqual(read);
  });
});
