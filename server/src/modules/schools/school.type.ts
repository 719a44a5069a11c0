import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { SchoolScoped } from '../../auth/guards';
import { WithParent } from '../../auth/declarations';
import { notFound } from '../../errors/app-error';
import type { SchoolEntity } from './school.entity';
import type { SchoolLoaders } from './school.repository';

@ObjectType()
export class School implements SchoolScoped {
  @WithParent()
  @Field(() => ID)
  id: string;

  @WithParent()
  @Field(() => String)
  name: string;

  @WithParent()
  @Field(() => String)
  slug: string;

  @WithParent()
  @Field(() => String, { nullable: true })
  description: string | null;

  @WithParent()
  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      'Set while every invitation of the school is paused (no joins through any link or code); null otherwise.',
  })
  invitationsPausedAt: Date | null;

  /** The school itself is the scope its guarded fields are checked against. */
  schoolId: string;
  /** Kept for totals; not a GraphQL field. Null when the row was not read (see schoolRef). */
  invitationCount: number | null;
}

/**
 * A school known only by its id, for a selection that reads nothing else of it (the resolver
 * checks that); the scalar fields are left unset.
 */
export function schoolRef(id: string): School {
  return Object.assign(new School(), { id, schoolId: id, invitationCount: null });
}

export function toSchool(entity: SchoolEntity): School {
  return Object.assign(new School(), {
    id: entity.id,
    schoolId: entity.id,
    name: entity.name,
    slug: entity.slug,
    description: entity.description,
    invitationCount: entity.invitationCount,
    invitationsPausedAt: entity.invitationsPausedAt,
  });
}

export async function loadSchool(loaders: SchoolLoaders, id: string): Promise<School> {
  const school = await loaders.school.load(id);
  if (!school) throw notFound('school');
  return toSchool(school);
}
