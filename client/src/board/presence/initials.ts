/**
 * The letters on someone's avatar: the first letter of their first two words, in capitals
 * («Мария Иванова» → «МИ», "anna" → "A"). Letters are whole graphemes (Intl.Segmenter), so an emoji,
 * a flag or a letter with a combining accent is never cut in half; a name that starts with an
 * emoji shows that emoji alone; words without a letter or digit ("—", "(МЭР)") are skipped.
 */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

const firstGrapheme = (word: string) => graphemes.segment(word)[Symbol.iterator]().next().value?.segment ?? '';

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = firstGrapheme(words[0] ?? '');
  if (PICTOGRAPH.test(first)) return first;
  const letters = words
    .map((word) => firstGrapheme(word.replace(/^[^\p{L}\p{N}]+/u, '')))
    .filter((grapheme) => LETTER_OR_DIGIT.test(grapheme))
    .slice(0, 2)
    .map((grapheme) => grapheme.toLocaleUpperCase());
  return letters.length > 0 ? letters.join('') : '?';
}
