// Whether a word is English, by the word-list package's list: the PDF reader asks it where a line ends in a
// hyphen (a word broken in two, or a compound), the parser where extraction ran words together (parse/spacing.ts).
import words from 'word-list';
import { readFileSync } from 'node:fs';

// The word list, sorted, searched by halves: a set of its 274,000 words took
// longer to build than every look-up of a thousand plans takes this way.
let dictionary: string[] | null = null;
/** The word, lower case, is in the list. */
export function isEnglish(word: string): boolean {
  if (!dictionary) {
    dictionary = readFileSync(words, 'utf8').split('\n');
    dictionary.sort(); // the file is all but sorted; two words are out of place
  }
  let lo = 0;
  let hi = dictionary.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = dictionary[mid]!;
    if (at === word) return true;
    if (at < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
