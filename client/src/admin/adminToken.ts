/**
 * The operator token, kept for this tab only: in `sessionStorage`, so it goes when the tab
 * closes, and never in the address bar or `localStorage`, where it would outlive the session
 * or leak into history and other people's profiles on a shared office PC.
 */
const KEY = 'stratboard.adminToken';

export function readAdminToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function storeAdminToken(token: string): void {
  try {
    sessionStorage.setItem(KEY, token);
  } catch {
    // Storage blocked: the token lasts as long as this page.
  }
}

export function forgetAdminToken(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}
