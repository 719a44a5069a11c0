/**
 * The token of an emailed link (`…#token=<token>`: in the fragment, which no server sees). Taken
 * off the address bar once read, so it stays out of the history and of anything shared from it.
 */
export function takeLinkToken(): string | null {
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (window.location.hash)
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  return token || null;
}
