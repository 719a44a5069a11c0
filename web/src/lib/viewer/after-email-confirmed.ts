const KEY = 'school-invites:after-email-confirmed';

/**
 * The page to go back to once the address is confirmed. The emailed link cannot carry it (the
 * server writes the link), so the page that asked for the link remembers itself in this browser.
 */
export function rememberPageAfterEmailConfirmed(path: string): void {
  try {
    window.localStorage.setItem(KEY, path);
  } catch {
    // Storage refused (private mode): the confirmation page then offers the home page.
  }
}

/** The remembered page, once (only a path on this site), or null. */
export function takePageAfterEmailConfirmed(): string | null {
  try {
    const path = window.localStorage.getItem(KEY);
    window.localStorage.removeItem(KEY);
    return path && /^\/(?!\/)/.test(path) && !path.includes('\\') ? path : null;
  } catch {
    return null;
  }
}
