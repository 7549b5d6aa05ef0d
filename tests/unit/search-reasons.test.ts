// The reasons a response gives for not doing all that was asked, in people's words (src/search/reasons.ts).
import { describe, expect, it } from 'vitest';
import { reasonsIn, reasonWords } from '../../src/search/reasons.ts';

describe('reasonsIn', () => {
  it('reads a reason in a sentence that limits what will be done', () => {
    // rochester-2017/5-10, Partly Agreed.
    expect(
      reasonsIn(
        'This recommendation is partly agreed as whilst remedial work is planned to repaint one of the shower rooms and repair the flooring, the second shower room is out of commission for affordability reasons, and cannot be refurbished or repaired.',
      ),
    ).toEqual(['money']);
    // elmley-2019/5-1, agreed: a condition is a limit too.
    // "capacity" alone is no population reason ("increased capacity" of drug testing).
    expect(reasonsIn('Subject to available resources, HMPPS plan to expand capacity in Approved Premises.')).toEqual([
      'money',
    ]);
    // rochester-2017/5-3.
    expect(
      reasonsIn(
        'It is not possible for the prison to provide the benchmarked core day and enough activity places for all prisoners due to staffing shortages.',
      ),
    ).toEqual(['staffing']);
  });

  it('reads money said as "budgetary" and a cost that is "prohibitive"', () => {
    // ford-2016/5-33, Accepted: a condition in brackets.
    expect(reasonsIn('Qualifications will be introduced in workshops (subject to budgetary constraints).')).toEqual([
      'money',
    ]);
    // leicester-2018/5-5, Agreed.
    expect(reasonsIn('Whilst a full refurbishment is cost prohibitive, some repairs have now been agreed.')).toEqual([
      'money',
    ]);
    expect(reasonsIn('The cost of the refurbishment is known.')).toEqual([]);
  });

  it('gives none where the money or the staff are not a limit', () => {
    expect(reasonsIn('Funding has been approved for a number of refurbishment projects.')).toEqual([]);
    // "not" or "no" alone limits nothing: these say a reason's word beside one.
    expect(
      reasonsIn(
        'Through wing briefings, all staff will be reminded that prisoners do not stand too close; the funding is in place.',
      ),
    ).toEqual([]);
    expect(reasonsIn('No prisoner will be left waiting, and the budget for the new kitchen is agreed.')).toEqual([]);
  });

  it('reads "n\'t" as "not", with straight or curly apostrophes', () => {
    expect(reasonsIn('It isn’t possible to open the second shower for affordability reasons.')).toEqual(['money']);
    expect(reasonsIn("We can't commit to this within the resources available.")).toEqual(['money']);
  });

  it('keeps a sentence whole across "e.g." and reads no single word that means something else there', () => {
    expect(reasonsIn('It is not possible to extend the regime, e.g. due to the budget.')).toEqual(['money']);
    // "capacity" of drug testing, "mandatory" drug testing, "control and restraint", "human resources".
    expect(
      reasonsIn(
        'The prison cannot commit to all tests: the new profiles allow increased capacity for mandatory drug testing, control and restraint refreshers and human resources support.',
      ),
    ).toEqual([]);
  });

  it('reads the first paragraph of an item not fully agreed as its reasons, limit words or not', () => {
    // ford-2016/5-15, Rejected: the response cites the instruction without saying it cannot.
    const rejected =
      'The occupancy of prison cells is determined by establishments and certified by Deputy Directors of Custody (DDC) in accordance with PSI 17/2012, which provides guidelines for determining cell capacities.';
    expect(reasonsIn(rejected, 'not_agreed')).toEqual(['policy']);
    expect(reasonsIn(rejected, 'agreed')).toEqual([]);
    // Only the first paragraph: what follows says what will be done instead.
    expect(
      reasonsIn('This recommendation is not agreed.\n\nA new policy on visits will be published.', 'not_agreed'),
    ).toEqual([]);
  });

  it('reads phrases whole, and a possessive as its word', () => {
    // elmley-2019/5-20.
    expect(
      reasonsIn(
        "The protocol takes into consideration the Department of Health's timescales, however as transfers may be delayed, this recommendation cannot be fully agreed.",
      ),
    ).toEqual(['elsewhere']);
    expect(reasonsIn('This cannot be done: the timescale is not within the direct control of the prison.')).toEqual([
      'elsewhere',
    ]);
  });
});

describe('reasonWords', () => {
  it('gives the words people search each reason by, in the kinds’ order', () => {
    expect(reasonWords(['money'])).toEqual(['money', 'funding', 'cost', 'budget', 'afford']);
    expect(reasonWords(['elsewhere', 'policy'])).toEqual([
      'policy',
      'rules',
      'national',
      'control',
      'outside',
      'responsibility',
    ]);
  });
});
