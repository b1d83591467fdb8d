import { describe, expect, it } from 'vitest';
import { filenameFrom } from './downloadReport';

describe('filenameFrom', () => {
  it('prefers the UTF-8 name, falls back to the ASCII one', () => {
    expect(filenameFrom(`attachment; filename="______2030.docx"; filename*=UTF-8''${encodeURIComponent('Калуга-2030.docx')}`)).toBe('Калуга-2030.docx');
    expect(filenameFrom('attachment; filename="report.csv"')).toBe('report.csv');
    expect(filenameFrom('attachment; filename="x.md"; filename*=UTF-8\'\'%E0%A4%A')).toBe('x.md');
    expect(filenameFrom(null)).toBeNull();
  });
});
