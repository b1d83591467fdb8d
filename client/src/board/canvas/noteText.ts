/**
 * The font size that lets a note's text fill its note without spilling: large for a few words,
 * smaller for a paragraph, never below a readable minimum (the rest is cut with an ellipsis).
 * An estimate from the text's length and the note's area, so it costs no layout to compute and
 * every participant gets the same size.
 */
const LARGEST = 22;
const SMALLEST = 11;
/** Average glyph width (Cyrillic in DejaVu Sans, the widest font our users are likely to get) and line height, as fractions of the font size. */
const GLYPH = 0.68;
const LINE = 1.3;

export function noteFontSize(text: string, width: number, height: number, padding = 12): number {
  const w = Math.max(1, width - 2 * padding);
  const h = Math.max(1, height - 2 * padding);
  const characters = Math.max(1, [...text].length);
  // Characters that fit at size s: (w / (GLYPH·s)) per line × (h / (LINE·s)) lines.
  const fits = Math.sqrt((w * h) / (characters * GLYPH * LINE));
  // Words are not broken mid-way at large sizes: the longest word must fit on one line.
  const longestWord = Math.max(1, ...text.split(/\s+/).map((word) => [...word].length));
  const wordFits = w / (longestWord * GLYPH);
  // Lines break between words, not anywhere: about a quarter of each line goes unused.
  return Math.max(SMALLEST, Math.min(LARGEST, Math.floor(Math.min(fits * 0.75, wordFits))));
}
