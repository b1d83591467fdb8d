/**
 * Share links a facilitator can see again. The server keeps only hashes of link tokens, so a
 * leaked database holds no working link; to still show the editor, expert and viewer links on
 * the projector and in the invite dialog, each is sealed (AES-256-GCM) under a key derived from
 * the facilitator's token — which the server never stores. Only someone presenting that token
 * can open them.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { Role } from '../../shared/board/types';

/** The links that are shared with the room; the facilitator's own is never sealed. */
export const SHARED_ROLES = ['editor', 'expert', 'viewer'] as const satisfies readonly Role[];
export type SharedRole = (typeof SHARED_ROLES)[number];
export type SealedLinks = Partial<Record<SharedRole, string>>;

const INFO = 'stratboard share links v1';

function keyFor(facilitatorToken: string, boardId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', facilitatorToken, boardId, INFO, 32));
}

/** Seals one token: base64url of iv (12) ‖ tag (16) ‖ ciphertext. */
export function sealToken(token: string, facilitatorToken: string, boardId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(facilitatorToken, boardId), iv);
  const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The token, or null when the seal does not open with this facilitator token. */
export function unsealToken(sealed: string, facilitatorToken: string, boardId: string): string | null {
  try {
    const raw = Buffer.from(sealed, 'base64url');
    if (raw.length < 29) return null;
    const decipher = createDecipheriv('aes-256-gcm', keyFor(facilitatorToken, boardId), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/** Opens every sealed link; a link that does not open is left out. */
export function unsealAll(sealed: SealedLinks | undefined, facilitatorToken: string, boardId: string): Partial<Record<SharedRole, string>> {
  const open: Partial<Record<SharedRole, string>> = {};
  for (const role of SHARED_ROLES) {
    const value = sealed?.[role];
    const token = value ? unsealToken(value, facilitatorToken, boardId) : null;
    if (token) open[role] = token;
  }
  return open;
}

/** Seals every given token under one facilitator token. */
export function sealAll(tokens: Partial<Record<SharedRole, string>>, facilitatorToken: string, boardId: string): SealedLinks {
  const sealed: SealedLinks = {};
  for (const role of SHARED_ROLES) {
    const token = tokens[role];
    if (token) sealed[role] = sealToken(token, facilitatorToken, boardId);
  }
  return sealed;
}

export const isSharedRole = (role: Role): role is SharedRole => (SHARED_ROLES as readonly Role[]).includes(role);
