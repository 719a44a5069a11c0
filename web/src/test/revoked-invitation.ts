/** An invitation as the revoke and replace mutations answer it: revoked by `by`, with its history. */
export function revokedInvitation(id: string, by: object, history: object[]) {
  return {
    __typename: 'Invitation',
    id,
    status: 'REVOKED',
    revokedAt: new Date().toISOString(),
    viewerCanRevoke: false,
    revokedBy: by,
    auditEvents: { __typename: 'AuditEventConnection', edges: history },
  };
}
