import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'schools' })
export class SchoolEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /** Set while every invitation of the school is paused. */
  @Column({ name: 'invitations_paused_at', type: 'timestamptz', nullable: true })
  invitationsPausedAt: Date | null;

  @Column({ name: 'invitations_paused_by', type: 'uuid', nullable: true })
  invitationsPausedBy: string | null;

  /** Invitation policy: joins need a verified email in one of these domains (empty: anyone). */
  @Column({ name: 'allowed_email_domains', type: 'text', array: true, default: () => "'{}'" })
  allowedEmailDomains: string[];

  /** Invitation policy: new invitations expire within this many days; null: no cap. */
  @Column({ name: 'max_expiry_days', type: 'integer', nullable: true })
  maxExpiryDays: number | null;

  /** Invitation policy: TEACHER and ADMIN invitations must have an expiry and a usage limit. */
  @Column({ name: 'staff_invitations_must_be_limited', type: 'boolean', default: false })
  staffInvitationsMustBeLimited: boolean;

  /** Kept by a trigger on invitations, so large schools' totals need no count. */
  @Column({ name: 'invitation_count', type: 'integer', insert: false, update: false })
  invitationCount: number;
}
