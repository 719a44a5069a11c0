import type { DataSource } from 'typeorm';
import { decodeCursor, toPage } from '../../graphql/pagination';
import type { AuditEvent, AuditEventConnection } from './audit-event.type';

interface AuditRow {
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

const toEvent = (row: AuditRow): AuditEvent => ({
  id: row.id,
  schoolId: row.school_id,
  actorId: row.actor_id,
  action: row.action,
  targetType: row.target_type,
  targetId: row.target_id,
  detail: row.detail,
  createdAt: row.created_at,
});

/** Reads the audit trail, newest first. Callers check permissions before asking. */
export class AuditQueryService {
  constructor(private readonly db: DataSource) {}

  list(scope: { schoolId: string; targetId?: string }, first: number, after?: string | null): Promise<AuditEventConnection> {
    return this.page(scope.targetId ? 'target_id' : 'school_id', scope.targetId ?? scope.schoolId, scope.schoolId, first, after);
  }

  private async page(column: 'school_id' | 'target_id', value: string, schoolId: string, first: number, after?: string | null) {
    const cursor = decodeCursor('a', after);
    const params: unknown[] = [value, schoolId, first + 1];
    const keyset = cursor ? ` AND seq < $${params.push(cursor)}` : '';
    const [rows, [{ n }]] = await Promise.all([
      this.db.query(
        `SELECT id, seq::text AS seq, school_id, actor_id, action, target_type, target_id, detail, created_at
           FROM audit_events WHERE ${column} = $1 AND school_id = $2${keyset} ORDER BY seq DESC LIMIT $3`,
        params,
      ) as Promise<AuditRow[]>,
      this.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE ${column} = $1 AND school_id = $2`, [value, schoolId]),
    ]);
    return { ...toPage('a', rows, first, toEvent), totalCount: n as number };
  }
}
