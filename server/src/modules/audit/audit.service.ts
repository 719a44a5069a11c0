import type { EntityManager } from 'typeorm';

export type AuditAction =
  | 'school.created'
  | 'member.joined'
  | 'invitation.created'
  | 'invitation.revoked'
  | 'invitation.replaced'
  | 'invitation.redeemed';

export interface AuditRecord {
  schoolId: string;
  actorId: string | null;
  action: AuditAction;
  targetType: 'school' | 'membership' | 'invitation';
  targetId: string | null;
  detail?: Record<string, unknown>;
}

/** Written with the transaction's own manager, so an event exists exactly when its change does. */
export async function recordAudit(tx: EntityManager, events: AuditRecord[]): Promise<void> {
  if (events.length === 0) return;
  await tx.query(
    `INSERT INTO audit_events (school_id, actor_id, action, target_type, target_id, detail)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::jsonb[])`,
    [
      events.map((e) => e.schoolId),
      events.map((e) => e.actorId),
      events.map((e) => e.action),
      events.map((e) => e.targetType),
      events.map((e) => e.targetId),
      events.map((e) => JSON.stringify(e.detail ?? {})),
    ],
  );
}
