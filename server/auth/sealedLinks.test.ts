import { describe, expect, it } from 'vitest';
import { newLinkToken } from './linkTokens';
import { sealAll, sealToken, unsealAll, unsealToken } from './sealedLinks';

describe('sealed share links', () => {
  it('opens only with the facilitator token and board it was sealed for', () => {
    const facilitator = newLinkToken();
    const editor = newLinkToken();
    const sealed = sealToken(editor, facilitator, 'board-one-1234');
    expect(sealed).not.toContain(editor);
    expect(unsealToken(sealed, facilitator, 'board-one-1234')).toBe(editor);
    expect(unsealToken(sealed, newLinkToken(), 'board-one-1234')).toBeNull();
    expect(unsealToken(sealed, facilitator, 'board-two-1234')).toBeNull();
  });

  it('refuses tampered or truncated seals without throwing', () => {
    const facilitator = newLinkToken();
    const sealed = sealToken(newLinkToken(), facilitator, 'b1');
    const raw = Buffer.from(sealed, 'base64url');
    raw[raw.length - 1]! ^= 1;
    expect(unsealToken(raw.toString('base64url'), facilitator, 'b1')).toBeNull();
    expect(unsealToken('short', facilitator, 'b1')).toBeNull();
    expect(unsealToken('', facilitator, 'b1')).toBeNull();
  });

  it('seals and opens a whole set, leaving out what does not open', () => {
    const facilitator = newLinkToken();
    const tokens = { editor: newLinkToken(), expert: newLinkToken(), viewer: newLinkToken() };
    const sealed = sealAll(tokens, facilitator, 'b1');
    expect(unsealAll(sealed, facilitator, 'b1')).toEqual(tokens);
    expect(unsealAll({ ...sealed, viewer: 'garbage' }, facilitator, 'b1')).toEqual({ editor: tokens.editor, expert: tokens.expert });
    expect(unsealAll(undefined, facilitator, 'b1')).toEqual({});
  });
});
