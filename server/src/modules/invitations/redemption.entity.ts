import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'redemptions' })
export class RedemptionEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;

  @Column({ name: 'invitation_id', type: 'uuid' })
  invitationId: string;

  @Column({ name: 'school_id', type: 'uuid' })
  schoolId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'redeemed_at', type: 'timestamptz' })
  redeemedAt: Date;
}
