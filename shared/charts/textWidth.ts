/**
 * Text sizes estimated from characters, so a chart can be laid out where no font can be
 * measured (the server's report) and come out the same on the board. The widths are those of
 * DejaVu Sans, the widest font our charts meet (the report's rasteriser uses it, and so do
 * Linux browsers without other fonts), rounded up: an estimate too wide costs a little room,
 * one too narrow lets labels run into each other.
 */

// Advance widths in em, by class of character.
const NARROW = /[\s.,:;'!|()[\]ilfjtrI-]/;
const WIDE_UPPER = /[ЖШЩЮЫФМWM]/;
const WIDE = /[жшщюфымmw—…%@]/;
const UPPER = /\p{Lu}/u;
// Bold DejaVu runs about a tenth wider.
const BOLD = 1.1;

function charWidth(ch: string): number {
  if (NARROW.test(ch)) return 0.42;
  if (WIDE_UPPER.test(ch)) return 1.12;
  if (WIDE.test(ch) || ch.codePointAt(0)! >= 0x2e80) return 1.02;
  if (UPPER.test(ch)) return 0.8;
  return 0.66;
}

/** Estimated width of `text` at `fontSize`, never less than the real width in DejaVu Sans. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize * (bold ? BOLD : 1);
}

/** `text` as is when it fits `maxWidth`, otherwise cut at a character and ended with «…». */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (textWidth(clean, fontSize) <= maxWidth) return clean;
  const chars = [...clean];
  let n = chars.length;
  while (n > 1 && textWidth(`${chars.slice(0, n).join('').trimEnd()}…`, fontSize) > maxWidth) n--;
  return `${chars.slice(0, n).join('').trimEnd()}…`;
}

/**
 * `text` broken at spaces into at most `maxLines` lines of `maxWidth`; a word longer than a
 * line is cut at a character. Only the last line ever ends with «…», and only when words are
 * left over.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const joined = current ? `${current} ${word}` : word;
    if (textWidth(joined, fontSize) <= maxWidth) {
      current = joined;
      continue;
    }
    if (current) {
      lines.push(current);
      current = '';
    }
    if (lines.length === maxLines - 1) {
      // The last line takes everything left, cut to fit.
      return [...lines, fitText(words.slice(i).join(' '), maxWidth, fontSize)];
    }
    if (textWidth(word, fontSize) <= maxWidth) current = word;
    else {
      // A word wider than a line: as much of it as fits, the rest carries on to the next line.
      const head = fitText(word, maxWidth, fontSize).replace(/…$/, '');
      lines.push(head);
      words.splice(i + 1, 0, word.slice(head.length));
    }
  }
  return current ? [...lines, current] : lines;
}
