/**
 * Creating a board: its two documents (content from a template or a custom list of tracks,
 * an empty session) and three capability links, stored atomically.
 */
import * as Y from 'yjs';
import { newBoardId } from '../../shared/board/ids';
import { initBoardContent } from '../../shared/board/meta';
import { ROLES, type Locale, type Role, type TemplateName } from '../../shared/board/types';
import { hashLinkToken, newLinkToken } from '../auth/linkTokens';
import { sealAll } from '../auth/sealedLinks';
import { docName } from '../relay/docNames';
import type { DocStore } from '../store/DocStore';

export interface NewBoard {
  title: string;
  template: TemplateName;
  locale: Locale;
  lanes?: { title: string }[];
  place?: string;
  date?: string;
}

export interface CreatedBoard {
  id: string;
  createdAt: number;
  /** Plain tokens: returned to the creator; stored only as hashes (and sealed, see sealedLinks.ts). */
  tokens: Record<Role, string>;
}

export async function createBoard(store: DocStore, input: NewBoard, now = Date.now()): Promise<CreatedBoard> {
  const id = newBoardId();
  const tokens = Object.fromEntries(ROLES.map((role) => [role, newLinkToken()])) as Record<Role, string>;
  const linkHashes = Object.fromEntries(ROLES.map((role) => [role, hashLinkToken(tokens[role])])) as Record<Role, string>;

  const content = new Y.Doc();
  initBoardContent(content, {
    title: input.title,
    place: input.place ?? '',
    date: input.date ?? '',
    locale: input.locale,
    template: input.template,
    lanes: input.lanes,
    createdAt: now,
  });
  const session = new Y.Doc();
  const sealedLinks = sealAll(tokens, tokens.facilitator, id);
  await store.createBoard({ id, createdAt: now, locale: input.locale, linkHashes, sealedLinks }, [
    { doc: docName(id, 'content'), update: Y.encodeStateAsUpdate(content) },
    { doc: docName(id, 'session'), update: Y.encodeStateAsUpdate(session) },
  ]);
  content.destroy();
  session.destroy();
  return { id, createdAt: now, tokens };
}
