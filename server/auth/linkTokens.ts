/**
 * Capability-link tokens: generation, hashing and constant-time checks.
 *
 * A role is carried by an unguessable token in the link's URL fragment. The server stores
 * only SHA-256 hashes; comparing fixed-length digests with `timingSafeEqual` keeps the check
 * constant-time whatever the presented token looks like.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ROLES, type Role } from '../../shared/board/types';

/** 24 random bytes → 32 URL-safe characters (192 bits). */
export function newLinkToken(): string {
  return randomBytes(24).toString('base64url');
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Tokens are 32 base64url characters; anything else is malformed before we even hash it. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{16,128}$/.test(token);
}

/** The role whose current hash matches the token, or null. Every role is compared. */
export function roleForToken(token: string, linkHashes: Record<Role, string>): Role | null {
  const presented = Buffer.from(hashLinkToken(token), 'hex');
  let match: Role | null = null;
  for (const role of ROLES) {
    // Boards created before a role existed have no link for it.
    const stored = Buffer.from(linkHashes[role] ?? '', 'hex');
    if (stored.length === presented.length && timingSafeEqual(stored, presented)) match = role;
  }
  return match;
}

/** Builds the share link `/b/<boardId>#k=<token>` on the given origin. */
export function shareLink(origin: string, boardId: string, token: string): string {
  return `${origin}/b/${encodeURIComponent(boardId)}#k=${token}`;
}
