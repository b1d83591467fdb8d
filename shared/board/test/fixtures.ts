/** Shared fixtures of the board model tests. */
import { expect } from 'vitest';
import * as Y from 'yjs';
import { initBoardContent } from '../meta';
import type { Locale, TemplateName } from '../types';

/** A fresh content document, initialised like the server does on board creation. */
export function newBoard(template: TemplateName = 'strategic-session', locale: Locale = 'ru'): Y.Doc {
  const doc = new Y.Doc();
  initBoardContent(doc, { title: 'Стратегическая сессия', locale, template, createdAt: 1000 });
  return doc;
}

/**
 * Asserts that `run` throws a BoardModelError with `reason` (and a message matching `message`)
 * and that the document did not change at all: no update was emitted.
 */
export function expectRefused(doc: Y.Doc, run: () => unknown, reason: 'invalid-input' | 'not-found', message?: RegExp): void {
  const before = Y.encodeStateVector(doc);
  let updates = 0;
  const count = () => updates++;
  doc.on('update', count);
  try {
    expect(run).toThrow(expect.objectContaining({ name: 'BoardModelError', reason }));
    if (message) expect(run).toThrow(message);
  } finally {
    doc.off('update', count);
  }
  expect(updates).toBe(0);
  expect(Y.encodeStateVector(doc)).toEqual(before);
}
