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

  /** Kept by a trigger on invitations, so large schools' totals need no count. */
  @Column({ name: 'invitation_count', type: 'integer', insert: false, update: false })
  invitationCount: number;
}
