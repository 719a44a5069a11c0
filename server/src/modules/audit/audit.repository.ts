import type { EntityManager } from 'typeorm';
import type { PageQuery } from '../../database/pages';

export type AuditAction =
  | 'school.created'
  | 'member.joined'
  | 'invitation.created'
  | 'invitation.revoked'
  | 'invitation.replaced'
  | 'invitation.redeemed'
  | 'group.created'
  | 'group.archived'
  | 'group.leaders_changed'
  | 'group.members_added'
  | 'group.members_removed'
  | 'invitations.paused'
  | 'invitations.resumed'
  | 'member.role_changed'
  | 'member.removed'
  | 'member.left'
  | 'member.unblocked'
  | 'school.ownership_transferred'
  | 'school.policy_changed';

export interface AuditRecord {
  schoolId: string;
  actorId: string | null;
  action: AuditAction;
  targetType: 'school' | 'membership' | 'invitation' | 'group' | 'user';
  targetId: string | null;
  detail?: Record<string, unknown>;
}

export interface AuditEventRow {
  id: string;
  seq: string;
  school_id: string;
  actor_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  detail: Record<string, unknown>;
  created_at: Date;
}

/** A school's whole trail, or the events about one object in it. */
export interface AuditScope {
  schoolId: string;
  targetId?: string;
}

/**
 * Every statement about the audit trail. Redemptions write theirs inside redeem_invitation(); the
 * rest are written here, with the transaction of the change they record (see Repositories.transaction),
 * so an event exists exactly when its change does.
 */
export class AuditRepository {
  constructor(private readonly db: EntityManager) {}

  async record(events: AuditRecord[]): Promise<void> {
    if (events.length === 0) return;
    await this.db.query(
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

  /** Newest first. */
  page(scope: AuditScope, page: PageQuery): Promise<AuditEventRow[]> {
    const [column, value] = scopeOf(scope);
    const params: unknown[] = [value, scope.schoolId, page.first + 1];
    const keyset = page.after ? ` AND seq < $${params.push(page.after)}` : '';
    // Ordered by the column: a bare `seq` would be the text one selected, where 100 < 99.
    return this.db.query(
      `SELECT id, seq::text AS seq, school_id, actor_id, action, target_type, target_id, detail, created_at
         FROM audit_events WHERE ${column} = $1 AND school_id = $2${keyset} ORDER BY audit_events.seq DESC LIMIT $3`,
      params,
    );
  }

  async count(scope: AuditScope): Promise<number> {
    const [column, value] = scopeOf(scope);
    const [counted] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_events WHERE ${column} = $1 AND school_id = $2`,
      [value, scope.schoolId],
    );
    return counted!.n;
  }
}

/** An object's events are found by its id (its own index); the school is checked all the same. */
const scopeOf = (scope: AuditScope) =>
  scope.targetId
    ? (['target_id', scope.targetId] as const)
    : (['school_id', scope.schoolId] as const);
