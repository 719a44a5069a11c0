import type { SchoolRole } from '@school-invites/shared';

/** Who is asking: a signed-in user, through a browser session or an integrator's API token. */
export interface Viewer {
  userId: string;
  /** Set for browser/API sessions (signOut ends it); null for API tokens. */
  sessionId: string | null;
  apiTokenId: string | null;
  /**
   * The user's role in each school they belonged to when the request began, read with the
   * session in one statement: most requests then check permissions without another. A school
   * missing here is looked up as before (a school created or joined during the request).
   */
  roles?: ReadonlyMap<string, SchoolRole>;
  /** Where the user's latest write ended in the primary's WAL (read only when a replica is used). */
  wroteLsn?: string | null;
}
