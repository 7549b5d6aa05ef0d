// A theme as ingest reads it from content/themes/, for the tests of how items are classified.
import type { ThemeInput } from '../../src/connect/themes.ts';

/** A theme with its id as name and summary, under the respect test and no heading unless given. */
export const themeInput = (
  id: string,
  order: number,
  keywords: string[],
  more: Partial<Pick<ThemeInput, 'test' | 'headings'>> = {},
): ThemeInput => ({ id, order, test: 'respect', headings: [], keywords, name: id, summary: id, ...more });
