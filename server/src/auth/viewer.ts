/** Who is asking: a signed-in user, through a browser session or an integrator's API token. */
export interface Viewer {
  userId: string;
  /** Set for browser/API sessions (signOut ends it); null for API tokens. */
  sessionId: string | null;
  apiTokenId: string | null;
}
