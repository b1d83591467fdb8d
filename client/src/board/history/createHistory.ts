/**
 * The board's history for a facilitator: the list of versions, saving one, and restoring one
 * as a single local edit that Ctrl+Z (the board's Y.UndoManager) takes back.
 */
import { createSignal, onCleanup } from 'solid-js';
import * as Y from 'yjs';
import { restoreContent } from '../../../../shared/board';
import { ApiError } from '../../api/api';
import { fetchVersionState, listVersions, saveVersion, type VersionInfo } from './historyApi';

export interface HistoryOptions {
  boardId: string;
  token: string;
  /** The live content document. */
  doc: Y.Doc;
  /** The board's undo manager: a restore becomes exactly one step of it. */
  undo: Y.UndoManager;
  /** Name of the version kept just before restoring the version called `name`. */
  beforeRestoreName: (name: string) => string;
}

export function createHistory(options: HistoryOptions) {
  const { boardId, token } = options;
  const [versions, setVersions] = createSignal<VersionInfo[] | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  /** The version a save found the board already equal to (nothing new was kept), if the last save did. */
  const [unchangedSince, setUnchangedSince] = createSignal<VersionInfo | null>(null);
  /** The last restore this page made, for the Undo offer. */
  const [restored, setRestored] = createSignal<{ version: VersionInfo; at: number } | null>(null);

  /** One request at a time: a second click while a restore runs must not start another. */
  const run = async (task: () => Promise<void>): Promise<boolean> => {
    if (busy()) return false;
    setBusy(true);
    setError('');
    setUnchangedSince(null);
    try {
      await task();
      return true;
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  // The Undo offer is for the restore only: any later step (an edit, Ctrl+Z, redo) ends it.
  const forget = () => setRestored(null);
  options.undo.on('stack-item-added', forget);
  options.undo.on('stack-item-popped', forget);
  onCleanup(() => {
    options.undo.off('stack-item-added', forget);
    options.undo.off('stack-item-popped', forget);
  });

  const reload = async () => {
    setVersions(await listVersions(boardId, token));
  };

  const restore = (version: VersionInfo) =>
    run(async () => {
      const state = await fetchVersionState(boardId, token, version.id);
      // The server keeps the board as it is now first, so the restore loses nothing even
      // when undo is no longer possible (another tab, a reload).
      await saveVersion(boardId, token, options.beforeRestoreName(version.name), 'restore');
      const snapshot = new Y.Doc();
      try {
        Y.applyUpdate(snapshot, state);
        // Its own undo step: not merged with an edit made just before, nor with one just after.
        options.undo.stopCapturing();
        restoreContent(options.doc, snapshot);
        options.undo.stopCapturing();
      } finally {
        snapshot.destroy();
      }
      setRestored({ version, at: Date.now() });
      await reload();
    });

  return {
    /** Newest first; null until loaded. */
    versions,
    busy,
    /** The last failure's message, empty when the last action succeeded. */
    error,
    unchangedSince,
    restored,
    refresh: () => run(reload),
    save: (name: string) =>
      run(async () => {
        const saved = await saveVersion(boardId, token, name, 'manual');
        if (saved.unchanged) setUnchangedSince(saved);
        await reload();
      }),
    restore,
    /** Takes the last restore back (like Ctrl+Z right after it). */
    undoRestore: () => void options.undo.undo(),
    dismissRestored: forget,
  };
}

export type History = ReturnType<typeof createHistory>;
