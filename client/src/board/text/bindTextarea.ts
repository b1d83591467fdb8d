/**
 * Binds a textarea to a card's collaborative description: local typing becomes character
 * edits (so two people typing in one card both keep their text), remote edits update the
 * textarea without moving the local caret.
 */
import type * as Y from 'yjs';
import { diffText, shiftCaret, type TextDelta } from './textDiff';

export function bindTextarea(textarea: HTMLTextAreaElement, text: Y.Text, applyEdit: (index: number, remove: number, insert: string) => void): () => void {
  let shown = text.toString();
  textarea.value = shown;
  const onInput = () => {
    const edit = diffText(shown, textarea.value);
    shown = textarea.value;
    if (edit) applyEdit(edit.index, edit.remove, edit.insert);
  };
  const observer = (event: Y.YTextEvent, transaction: Y.Transaction) => {
    if (transaction.local && transaction.origin === null && text.toString() === textarea.value) return;
    const delta = event.delta as TextDelta;
    const focused = document.activeElement === textarea;
    const start = shiftCaret(textarea.selectionStart, delta);
    const end = shiftCaret(textarea.selectionEnd, delta);
    shown = text.toString();
    textarea.value = shown;
    if (focused) textarea.setSelectionRange(start, end);
  };
  textarea.addEventListener('input', onInput);
  text.observe(observer);
  return () => {
    textarea.removeEventListener('input', onInput);
    text.unobserve(observer);
  };
}
