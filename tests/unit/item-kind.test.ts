import { describe, expect, it } from 'vitest';
import { itemKindOf } from '../../src/parse/item-kind.ts';

describe('itemKindOf', () => {
  it('reads a concern as priority or key by the heading it stands under', () => {
    expect(itemKindOf('Key Concerns', 'concerns')).toBe('key-concern');
    expect(itemKindOf('Priority concerns', 'concerns')).toBe('priority-concern');
    expect(itemKindOf('Concerns', 'concerns')).toBe('concern');
    expect(itemKindOf(null, 'concerns')).toBe('concern');
  });

  it('makes every item of a recommendations plan a recommendation, whatever its heading', () => {
    expect(itemKindOf('Recommendations', 'recommendations')).toBe('recommendation');
    expect(itemKindOf('Key concerns', 'recommendations')).toBe('recommendation');
  });
});
