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
 * the page, as the product's does, and runs through EXECUTE, so PostgreSQL plans every call for
 * its actual values, as it does the product's unnamed parameters. A term matches, as the
 * product's does, part of the creator's name, part of the code (dashes and spaces dropped) or of a
 * pasted link's token, each arm ordered and limited on its own, the arms merged and the page
 * joined to its creators. Without a term it is the plain page.
 */
const schoolInvitations = (schema: string, checked: boolean) => String.raw`
CREATE FUNCTION ${schema}.school_invitations(
  school_id uuid, page_size integer, before_seq bigint DEFAULT NULL, search text DEFAULT NULL)
RETURNS SETOF ${schema}.invitations LANGUAGE plpgsql STABLE AS $$
DECLARE
  filter text := 'i.school_id = $1' || CASE WHEN before_seq IS NULL THEN '' ELSE ' AND i.seq < $3' END;
  term text := btrim(search, E' \t\r\n');
  lowered text := lower(term);
  code text := regexp_replace(upper(term), '[[:space:]_.·–—-]+', '', 'g');
  token text := coalesce(substring(term FROM '/invite/([^/?#[:space:]]+)'), term);
  -- LIKE's wildcards in the term match themselves.
  name_piece text := replace(replace(replace(lowered, '\', '\\'), '%', '\%'), '_', '\_');
  token_piece text := replace(replace(replace(lower(token), '\', '\\'), '%', '\%'), '_', '\_');
  arms text[] := '{}';
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
    page := format('SELECT * FROM public.invitations i WHERE %s ORDER BY i.seq DESC LIMIT $2', filter);
  ELSE
    arms := arms || CASE WHEN length(lowered) < 3
      THEN 'i.created_by IN (SELECT u.id FROM public.users u WHERE strpos(lower(u.name), $4) > 0)'
      ELSE 'i.created_by IN (SELECT u.id FROM public.users u WHERE lower(u.name) LIKE $5)' END;
    IF code ~ '^[A-Z0-9]+$' THEN
      arms := arms || CASE WHEN length(code) < 3 THEN 'strpos(i.code, $6) > 0' ELSE 'i.code LIKE $7' END;
    END IF;
    IF token ~ '^[A-Za-z0-9_-]+$' THEN
      arms := arms || 'lower(i.token) LIKE $8'::text;
    END IF;
    page := format('SELECT * FROM (%s) i ORDER BY i.seq DESC LIMIT $2',
      (SELECT string_agg(format('(SELECT * FROM public.invitations i WHERE %s AND %s ORDER BY i.seq DESC LIMIT $2)', filter, arm), ' UNION ')
         FROM unnest(arms) AS arm));
  END IF;
  RETURN QUERY EXECUTE format(
    'SELECT p.*, u.name FROM (%s) p JOIN public.users u ON u.id = p.created_by ORDER BY p.seq DESC', page)
    USING school_id, page_size + 1, before_seq,
      lowered, '%' || name_piece || '%',
      code, '%' || code || '%',
      CASE WHEN length(token) < 6 THEN token_piece || '%' ELSE '%' || token_piece || '%' END;
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
