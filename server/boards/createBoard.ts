/**
 * Creating a board: its two documents (content from a template or a custom list of tracks,
 * plus the initiatives carried over from a past session, if any; an empty session) and its
 * capability links, stored atomically.
 */
import * as Y from 'yjs';
import { newBoardId } from '../../shared/board/ids';
import { initBoardContent } from '../../shared/board/meta';
import { carryOverInitiatives } from '../../shared/board/roadmap';
import { ROLES, type BoardContent, type CardOrigin, type Locale, type Role, type TemplateName } from '../../shared/board/types';
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
  /** The session this one continues: its priority initiatives are carried over. */
  past?: PastSession;
}

/** A past session as plain content, and how its carried initiatives name it. */
export interface PastSession {
  content: BoardContent;
  origin: CardOrigin;
}

export interface CreatedBoard {
  id: string;
  createdAt: number;
  /** How many initiatives were carried over from the past session (0 without one). */
  carriedOver: number;
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
  // Written before the board is stored, so a board never exists without its carried cards.
  const carried = input.past ? carryOverInitiatives(content, input.past.content, input.past.origin, now) : [];
  const session = new Y.Doc();
  const sealedLinks = sealAll(tokens, tokens.facilitator, id);
  await store.createBoard({ id, createdAt: now, locale: input.locale, linkHashes, sealedLinks }, [
    { doc: docName(id, 'content'), update: Y.encodeStateAsUpdate(content) },
    { doc: docName(id, 'session'), update: Y.encodeStateAsUpdate(session) },
  ]);
  content.destroy();
  session.destroy();
  return { id, createdAt: now, carriedOver: carried.length, tokens };
}
