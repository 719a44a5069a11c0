import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SchoolRole } from '@school-invites/shared';

@Entity({ name: 'memberships' })
export class MembershipEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  /** Insertion order; the keyset for "newest first" pages. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;

  @Column({ name: 'school_id', type: 'uuid' })
  schoolId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  role: SchoolRole;

  @Column({ name: 'joined_at', type: 'timestamptz', default: () => 'now()' })
  joinedAt: Date;

  /** The invitation this member joined through; null for the school's creator. */
  @Column({ name: 'invitation_id', type: 'uuid', nullable: true })
  invitationId: string | null;
}
