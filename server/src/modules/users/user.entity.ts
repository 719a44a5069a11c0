import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** As the person typed it (trimmed); among owners, unique on lower(email). */
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /**
   * False for an account signed up with an address another account already had: it cannot be
   * reached by that address (verification, password reset) and never verifies it.
   */
  @Column({ name: 'owns_email', type: 'boolean', insert: false })
  ownsEmail: boolean;

  /** When the user proved they read mail at their current address; null until then. */
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true, insert: false })
  emailVerifiedAt: Date | null;
}
