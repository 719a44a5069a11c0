/** The filters of a list of a school's invitations, as the Invites screen and a print sheet set them. */
export interface InvitationsCsvFilters {
  schoolId: string;
  search?: string | null;
  status?: string | null;
  groupId?: string | null;
  batchId?: string | null;
}

/**
 * Where the server streams the list as a CSV attachment (the session cookie signs the request):
 * for a plain `<a href download>`, so the browser saves it as it arrives, however long.
 */
export function invitationsCsvUrl(filters: InvitationsCsvFilters): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters))
    if (typeof value === 'string' && value) params.set(name, value);
  return `/api/invitations.csv?${params}`;
}
