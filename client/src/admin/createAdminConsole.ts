/**
 * The operator console's state: whether the console is on, signed in or not, the boards, and
 * the actions on them. The token lives in `sessionStorage` (see adminToken.ts) and in this
 * closure; components render `view()` and `notice()` and call the actions.
 */
import { createSignal } from 'solid-js';
import { type AdminBoard, ApiError, deleteAdminBoard, exportAdminBoard, listAdminBoards, type RotatedLinks, rotateAdminBoardLinks } from '../api/api';
import { filenameFrom, saveBlob } from '../board/export/downloadReport';
import { forgetAdminToken, readAdminToken, storeAdminToken } from './adminToken';

export type ConsoleView =
  | { kind: 'checking' }
  /** The server was started without --admin-token. */
  | { kind: 'off' }
  | { kind: 'sign-in'; problem: 'wrong-token' | null }
  | { kind: 'unreachable'; message: string }
  | { kind: 'ready' };

/** What the last action did, for the line above the list. */
export type ConsoleNotice = { kind: 'deleted'; title: string } | { kind: 'gone'; title: string } | { kind: 'failed'; title: string; message: string };

const OPERATOR_TOKEN = /^[\x21-\x7e]+$/;

export function createAdminConsole() {
  const [view, setView] = createSignal<ConsoleView>({ kind: 'checking' });
  const [boards, setBoards] = createSignal<AdminBoard[]>([]);
  const [notice, setNotice] = createSignal<ConsoleNotice | null>(null);
  const [busy, setBusy] = createSignal(false);
  let token = readAdminToken();

  /**
   * Maps a refusal of the console as a whole to a view; false when the error is about something
   * else. A 404 for the list means the console is off; for one board, that the board is gone.
   */
  const refused = (error: unknown, listing: boolean): boolean => {
    if (!(error instanceof ApiError)) return false;
    if (listing && error.code === 'not-found') {
      signOutTo({ kind: 'off' });
      return true;
    }
    if (error.code === 'unauthorized' || error.code === 'forbidden') {
      signOutTo({ kind: 'sign-in', problem: 'wrong-token' });
      return true;
    }
    return false;
  };

  const signOutTo = (next: ConsoleView) => {
    token = null;
    forgetAdminToken();
    setBoards([]);
    setNotice(null);
    setView(next);
  };

  const load = async (candidate: string): Promise<void> => {
    setBusy(true);
    try {
      const { boards: list } = await listAdminBoards(candidate);
      token = candidate;
      storeAdminToken(candidate);
      setBoards(list);
      setView({ kind: 'ready' });
    } catch (error) {
      if (!refused(error, true)) setView({ kind: 'unreachable', message: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  /** With no token yet, asks without one: 401 means the console is on, 404 that it is off. */
  const start = async (): Promise<void> => {
    if (token) return load(token);
    try {
      await listAdminBoards('');
      setView({ kind: 'sign-in', problem: null });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'unauthorized') setView({ kind: 'sign-in', problem: null });
      else if (!refused(error, true)) setView({ kind: 'unreachable', message: (error as Error).message });
    }
  };

  /** Runs an action on one board; a board someone else removed meanwhile leaves the list. */
  const act = async <T>(board: AdminBoard, action: (token: string) => Promise<T>): Promise<T | null> => {
    if (!token) return null;
    setNotice(null);
    try {
      return await action(token);
    } catch (error) {
      if (refused(error, false)) return null;
      if (error instanceof ApiError && error.code === 'not-found') {
        setBoards((list) => list.filter((b) => b.id !== board.id));
        setNotice({ kind: 'gone', title: board.title });
      } else {
        setNotice({ kind: 'failed', title: board.title, message: (error as Error).message });
      }
      return null;
    }
  };

  return {
    view,
    boards,
    notice,
    busy,
    start,
    signIn: (candidate: string) => {
      const token = candidate.trim();
      // Operator tokens are printable ASCII (they travel in a header, which cannot carry anything else).
      if (!OPERATOR_TOKEN.test(token)) return signOutTo({ kind: 'sign-in', problem: 'wrong-token' });
      return load(token);
    },
    signOut: () => signOutTo({ kind: 'sign-in', problem: null }),
    refresh: () => (token ? load(token) : start()),
    dismissNotice: () => setNotice(null),
    async exportBoard(board: AdminBoard): Promise<void> {
      await act(board, async (t) => {
        const response = await exportAdminBoard(board.id, t);
        saveBlob(await response.blob(), filenameFrom(response.headers.get('content-disposition')) ?? `${board.id}.json`);
      });
    },
    /** The new links, shown once; null when it did not work (the notice says why). */
    rotate: (board: AdminBoard): Promise<RotatedLinks | null> => act(board, async (t) => (await rotateAdminBoardLinks(board.id, t)).links),
    async remove(board: AdminBoard): Promise<boolean> {
      const done = await act(board, async (t) => {
        await deleteAdminBoard(board.id, t);
        return true;
      });
      if (!done) return false;
      setBoards((list) => list.filter((b) => b.id !== board.id));
      setNotice({ kind: 'deleted', title: board.title });
      return true;
    },
  };
}

export type AdminConsole = ReturnType<typeof createAdminConsole>;
