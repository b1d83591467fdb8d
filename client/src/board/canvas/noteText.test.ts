import { describe, expect, it } from 'vitest';
import { noteFontSize } from './noteText';

describe('noteFontSize', () => {
  it('is large for a few words and shrinks as the text grows, within the readable range', () => {
    const short = noteFontSize('Ветропарк', 200, 140);
    const sentence = noteFontSize('Умный пешеходный переход: 200 переходов у школ, светофоры с датчиками и подсветка зебры', 200, 140);
    const paragraph = noteFontSize(
      'Система раннего предупреждения аварий на промышленных предприятиях на основе искусственного интеллекта и датчиков'.repeat(2),
      200,
      140,
    );
    expect(short).toBe(22);
    expect(sentence).toBeLessThan(short);
    expect(paragraph).toBeLessThan(sentence);
    expect(paragraph).toBeGreaterThanOrEqual(11);
  });

  it('grows with the note, and keeps the longest word on one line', () => {
    const text = 'Малотоннажный завод СПГ, цифровые сервисы ЖКХ: показания счётчиков, оплата, умный домофон и заявки жителей';
    expect(noteFontSize(text, 400, 300)).toBeGreaterThan(noteFontSize(text, 200, 140));
    // "Электрогазоводоснабжение" (24 letters) in a 200-wide note: ~176 / (24 × 0.68) ≈ 10.8, held at the readable minimum.
    expect(noteFontSize('Электрогазоводоснабжение', 200, 140)).toBe(11);
    expect(noteFontSize('Малотоннажный', 200, 140)).toBe(19);
  });
});
