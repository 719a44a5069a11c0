import { ROLE_PERMISSIONS, type SchoolRole } from '@school-invites/shared';
import type { Query } from './fixtures';

/**
 * What the PostGraphile peer exposes, in schemas of its own beside the product's tables (made
 * here, never by a migration): one with the viewer check the product makes, one without it.
 * Both hold the same view and functions under the same names, so one GraphQL document serves both.
 */
export const PEER_SCHEMAS = { session: 'peer', bare: 'peer_open' } as const;
export type PeerVariant = keyof typeof PEER_SCHEMAS;

/** The pgSetting through which the peer hands PostgreSQL the SHA-256 of the request's token. */
export const TOKEN_HASH_SETTING = 'peer.session_token_hash';

const VIEWER_ROLES = (Object.keys(ROLE_PERMISSIONS) as SchoolRole[]).filter((role) =>
  ROLE_PERMISSIONS[role].includes('INVITATIONS_VIEW'),
);

/**
 * The product's session look-up (a live session by the hash of its token) and its permission
 * check (a member whose role has INVITATIONS_VIEW), as the schools whose invitations the viewer
 * may see. PostgreSQL runs it once per statement, as the inner side of a semi-join.
 */
const viewerSchools = `
  SELECT m.school_id FROM public.sessions s JOIN public.memberships m ON m.user_id = s.user_id
   WHERE s.token_hash = decode(current_setting('${TOKEN_HASH_SETTING}', true), 'hex')
     AND s.expires_at > now()
     AND m.role = ANY ('{${VIEWER_ROLES.join(',')}}'::text[])`;

/**
 * The invitations with their creator's name, the join the product's page makes. With the viewer
 * check, only those of the viewer's schools, as a row-level security policy would show them (a
 * policy cannot sit on a view, and the product's table is not the peer's to change): a viewer
 * without the role sees no rows where the product answers FORBIDDEN. It is no security_barrier
 * view: PostgreSQL would then sort all the school's rows instead of reading its index newest
 * first up to the page's end. PostGraphile pages through it with its own connection, newest
 * first; `seq` is tagged unique and not null (a view carries neither), so its cursor is the seq
 * alone and `after` reads as the product's `seq <` keyset.
 */
const invitationsView = (schema: string, checked: boolean) =>
  `CREATE VIEW ${schema}.invitations AS
     SELECT i.*, u.name AS creator_name
       FROM public.invitations i JOIN public.users u ON u.id = i.created_by
     ${checked ? `WHERE i.school_id IN (${viewerSchools})` : ''}`;

/**
 * A page of a school's invitations matching a search term, newest first, optionally after a
 * `seq`: the statement invitationListSql() builds, built in PL/pgSQL. It returns one row beyond
 * the page, as the product's does, and runs through EXECUTE, so PostgreSQL plans it on every call
 * (the product prepares its statement once per connection). A term matches, as the product's
 * does, part of the creator's name (among the school's creators: each one's newest rows when few
 * match, a walk of the school's newest when many do), part of the code (dashes and spaces
 * dropped) or of a pasted link's token; arms long enough for an index read all their matches,
 * shorter ones walk the school; the arms' ids are merged and the page joined to its rows and
 * creators. Without a term it is the plain page.
 */
const schoolInvitations = (schema: string, checked: boolean) => String.raw`
CREATE FUNCTION ${schema}.school_invitations(
  school_id uuid, page_size integer, before_seq bigint DEFAULT NULL, search text DEFAULT NULL)
RETURNS SETOF ${schema}.invitations LANGUAGE plpgsql STABLE AS $$
DECLARE
  cursor_filter text := CASE WHEN before_seq IS NULL THEN '' ELSE ' AND i.seq < $3' END;
  filter text := 'i.school_id = $1' || cursor_filter;
  match_filter text := '(i.school_id = $1) IS TRUE' || cursor_filter;
  term text := btrim(search, E' \t\r\n');
  lowered text := lower(term);
  code text := regexp_replace(upper(term), '[[:space:]_.·–—-]+', '', 'g');
  token text := lower(coalesce(substring(term FROM '/invite/([^/?#[:space:]]+)'), term));
  -- LIKE's wildcards in the term match themselves.
  name_piece text := replace(replace(replace(lowered, '\', '\\'), '%', '\%'), '_', '\_');
  token_piece text := replace(replace(replace(token, '\', '\\'), '%', '\%'), '_', '\_');
  found text[] := '{}';
  walked text[] := '{}';
  arms text[];
  creators text;
  page text;
BEGIN${
  checked
    ? `
  -- Outside the viewer's schools there is nothing to see, as through the view.
  IF school_invitations.school_id NOT IN (${viewerSchools}) THEN
    RETURN;
  END IF;`
    : ''
}
  IF term IS NULL OR term = '' THEN
    RETURN QUERY EXECUTE format(
      'SELECT i.*, u.name FROM public.invitations i JOIN public.users u ON u.id = i.created_by
        WHERE %s ORDER BY i.seq DESC LIMIT $2', filter)
      USING school_id, page_size + 1, before_seq;
    RETURN;
  END IF;
  creators := 'SELECT c.user_id FROM public.invitation_creators c
    WHERE c.school_id = $1 AND ' || CASE WHEN length(lowered) < 3
      THEN 'strpos(lower(c.name), $4) > 0' ELSE 'lower(c.name) LIKE $5' END;
  IF code <> '' AND code ~ '^[2-9A-HJKMNP-Z]+$' THEN
    IF length(code) < 3 THEN walked := walked || 'strpos(i.code, $6) > 0'::text;
    ELSE found := found || 'i.code LIKE $7'::text; END IF;
  END IF;
  IF token ~ '^[a-z0-9_-]+$' THEN
    IF length(token) >= 6 THEN found := found || 'lower(i.token) LIKE $8'::text;
    ELSIF length(token) >= 2 THEN found := found || 'lower(i.token) ~>=~ $9 AND lower(i.token) ~<~ $10'::text;
    ELSE walked := walked || 'starts_with(lower(i.token), $9)'::text; END IF;
  END IF;
  arms := ARRAY[format(
    '(WITH matched AS MATERIALIZED (%s),
       few AS MATERIALIZED (SELECT (SELECT count(*) FROM matched) ^ 2
         <= (SELECT count(*) FROM public.invitation_creators c WHERE c.school_id = $1) AS per_person)
     SELECT i.* FROM matched m CROSS JOIN LATERAL (
       SELECT i.id, i.seq FROM public.invitations i WHERE %s AND i.created_by = m.user_id
        ORDER BY i.seq DESC LIMIT $2) i
      WHERE (SELECT per_person FROM few)
     UNION ALL
     (SELECT i.id, i.seq FROM public.invitations i
       WHERE %s AND coalesce(i.created_by = ANY (ARRAY(SELECT m.user_id FROM matched m)), false)
         AND NOT (SELECT per_person FROM few)
       ORDER BY i.seq DESC LIMIT $2)
     ORDER BY seq DESC LIMIT $2)', creators, filter, filter)]
    || ARRAY(SELECT format('(SELECT * FROM (SELECT i.id, i.seq FROM public.invitations i WHERE %s AND %s OFFSET 0) f
         ORDER BY f.seq DESC LIMIT $2)', match_filter, arm) FROM unnest(found) AS arm)
    || ARRAY(SELECT format('(SELECT i.id, i.seq FROM public.invitations i WHERE %s AND coalesce(%s, false)
         ORDER BY i.seq DESC LIMIT $2)', filter, arm) FROM unnest(walked) AS arm);
  page := format('SELECT * FROM (%s) m ORDER BY m.seq DESC LIMIT $2', array_to_string(arms, ' UNION '));
  RETURN QUERY EXECUTE format(
    'SELECT i.*, u.name FROM (%s) m JOIN public.invitations i ON i.id = m.id
       JOIN public.users u ON u.id = i.created_by ORDER BY m.seq DESC', page)
    USING school_id, page_size + 1, before_seq,
      lowered, '%' || name_piece || '%',
      code, '%' || code || '%',
      '%' || token_piece || '%', token,
      left(token, -1) || chr(ascii(right(token, 1)) + 1);
END $$;`;

/**
 * The view's smart tags give PostGraphile what it cannot read from a view (its key) and leave
 * one root field, the connection; the function adds the other.
 */
const VIEW_TAGS = [
  '@primaryKey id',
  '@unique seq',
  '@behavior -query:resource:list -query:resource:single -insert -update -delete -node',
].join('\\n');

const statements = (schema: string, checked: boolean) => [
  `DROP SCHEMA IF EXISTS ${schema} CASCADE`,
  `CREATE SCHEMA ${schema}`,
  invitationsView(schema, checked),
  `COMMENT ON VIEW ${schema}.invitations IS E'${VIEW_TAGS}'`,
  `COMMENT ON COLUMN ${schema}.invitations.seq IS '@notNull'`,
  // The status is computed, as the product's is, by the one SQL rule at PostgreSQL's clock.
  `CREATE FUNCTION ${schema}.invitations_status(invitation ${schema}.invitations) RETURNS text
     LANGUAGE sql STABLE AS $$
       SELECT public.invitation_status(invitation.revoked_at, invitation.expires_at,
         invitation.max_uses, invitation.use_count, now()) $$`,
  schoolInvitations(schema, checked),
];

/** (Re)creates both peer schemas; run before the peers start, since they introspect them. */
export async function installPeerSchemas(query: Query): Promise<void> {
  for (const statement of [
    ...statements(PEER_SCHEMAS.session, true),
    ...statements(PEER_SCHEMAS.bare, false),
  ])
    await query(statement);
}
