import { describe, expect, it } from 'vitest';
import { initials } from './initials';

describe('initials', () => {
  it('take the first letter of the first two words, in capitals', () => {
    expect(initials('Мария Иванова')).toBe('МИ');
    expect(initials('  анна  ')).toBe('А');
    expect(initials('John Ronald Reuel Tolkien')).toBe('JR');
    expect(initials('ёлка йошкар-ола')).toBe('ЁЙ');
  });

  it('keep whole graphemes: emoji, flags and combining accents', () => {
    expect(initials('🦊 Лиса')).toBe('🦊');
    expect(initials('👩‍💻 Dev')).toBe('👩‍💻');
    expect(initials('🇷🇺 Команда')).toBe('🇷🇺');
    // "é" written as e + a combining acute accent stays one letter.
    expect(initials('e\u0301milie Zola')).toBe('E\u0301Z');
  });

  it('skip what is not a letter and never come out empty', () => {
    expect(initials('(МЭР) Калуга')).toBe('МК');
    expect(initials('— Пётр')).toBe('П');
    expect(initials('Пётр 🎉')).toBe('П');
    expect(initials('')).toBe('?');
    expect(initials('!!!')).toBe('?');
  });
});
