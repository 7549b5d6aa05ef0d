import { describe, expect, it } from 'vitest';
import { raisedAgainByKey } from '../../src/connect/raised-again.ts';

describe('raisedAgainByKey', () => {
  it('reverses raisedBefore, keeping score and reason, in the order of the later items', () => {
    const items = [
      { key: 'a-2017/1', raisedBefore: [] },
      { key: 'a-2017/2', raisedBefore: [] },
      { key: 'a-2021/4', raisedBefore: [{ key: 'a-2017/2', score: 0.3, reason: 'similar words, same theme (drugs)' }] },
      {
        key: 'a-2024/1',
        raisedBefore: [
          { key: 'a-2021/4', score: 1, reason: 'repeated recommendation 4' },
          { key: 'a-2017/2', score: 0.2, reason: 'similar words, same theme (drugs)' },
        ],
      },
    ];
    const again = raisedAgainByKey(items);
    expect(again.get('a-2017/1')).toBeUndefined();
    expect(again.get('a-2017/2')).toEqual([
      { key: 'a-2021/4', score: 0.3, reason: 'similar words, same theme (drugs)' },
      { key: 'a-2024/1', score: 0.2, reason: 'similar words, same theme (drugs)' },
    ]);
    expect(again.get('a-2021/4')).toEqual([{ key: 'a-2024/1', score: 1, reason: 'repeated recommendation 4' }]);
  });
});
