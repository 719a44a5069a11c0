import { Field, ObjectType } from 'type-graphql';
import { Membership } from '../memberships/membership.type';

@ObjectType()
export class RedeemResult {
  @Field(() => Membership)
  membership: Membership;

  @Field(() => Boolean, { description: 'True when the viewer was already a member; no use of the invitation was consumed.' })
  alreadyMember: boolean;
}
