import { Extensions } from 'type-graphql';

/*
 * Deny by default: besides the guards (guards.ts), every field and operation says who may use it with
 * one of these, and the authorization sweep fails on any that says nothing. A new field is then a
 * decision, never an accident.
 */

/** An operation or field anyone may use, and why. */
export function Public(why: string): MethodDecorator & PropertyDecorator {
  return Extensions({ requires: { public: why } });
}

/** A field readable by whoever may read the object it belongs to: the guard that let the object through covers it. */
export function WithParent(): MethodDecorator & PropertyDecorator {
  return Extensions({ requires: { withParent: true } });
}

/** A type that only carries other objects (connections, edges, page info, payloads): each of its fields is WithParent. */
export function CarrierType(): ClassDecorator {
  return Extensions({ access: 'carrier' });
}
