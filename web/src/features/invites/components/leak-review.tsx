import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useSelection } from '../../../lib/use-selection';
import { RemoveMembersDialog } from '../../../components/members/remove-members-dialog';
import { When } from '../../../components/invitations/invitation-facts';
import type { InvitationJoinersQuery as JoinersData } from '../../../gql/graphql';
import { readableError } from '../../../lib/error-message';
import { plural, roleInText } from '../../../lib/labels';
import { InvitationJoinersQuery } from '../api/invitation-joiners';
import { useRemoveMembers } from '../../../components/members/use-remove-members';

type Page = NonNullable<NonNullable<JoinersData['invitation']>['redemptions']>;
export type Joiner = Page['edges'][number]['node'];

/** Still members (membership not null) can be selected; who left or was removed cannot. */
export function selectable(joiners: readonly Joiner[]): Joiner[] {
  return joiners.filter((joiner) => joiner.membership);
}

/**
 * Every page, straight from the server: a leak is reviewed on what is true now, and the drawer's
 * own shorter list keeps its pages.
 */
async function allJoiners(client: ApolloClient, id: string): Promise<Joiner[]> {
  const all: Joiner[] = [];
  let after: string | null = null;
  do {
    // The email of someone no longer a member is not ours to see: that field errors, null, and
    // the rest of the answer stands.
    const { data, error }: { data?: JoinersData; error?: Error } = await client.query({
      query: InvitationJoinersQuery,
      variables: { id, after },
      fetchPolicy: 'no-cache',
      errorPolicy: 'all',
    });
    if (!data?.invitation) throw error ?? new Error('The invitation could not be read.');
    const page: Page | null | undefined = data?.invitation?.redemptions;
    all.push(...(page?.edges.map((edge) => edge.node) ?? []));
    after = page?.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
  } while (after);
  return all;
}

/**
 * After a link or code leaked: everyone who joined through the invitation (every page of them),
 * with when, so the viewer can pick some or all of those still in the school and remove them,
 * blocking them if they choose, in one confirmed step.
 */
export function LeakReview({
  invitationId,
  schoolId,
  autoFocus = true,
}: {
  invitationId: string;
  schoolId: string;
  autoFocus?: boolean;
}) {
  const client = useApolloClient();
  const [joiners, setJoiners] = useState<Joiner[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { selected, setSelected, toggle } = useSelection();
  const [confirming, setConfirming] = useState(false);
  // Kept while the confirmation closes, so its text does not change as it fades.
  const [targets, setTargets] = useState<Joiner[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [remove] = useRemoveMembers(schoolId, invitationId);
  const heading = useRef<HTMLHeadingElement>(null);

  // Asked again after each removal, for who is still a member.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    allJoiners(client, invitationId).then(
      (all) => current && setJoiners(all),
      (caught: unknown) => current && setError(readableError(caught).message),
    );
    return () => {
      current = false;
    };
  }, [client, invitationId, version]);
  useEffect(() => {
    if (autoFocus) heading.current?.focus();
  }, [autoFocus]);

  const members = selectable(joiners ?? []);
  const chosen = members.filter((joiner) => selected.has(joiner.id));

  return (
    <Paper withBorder p="sm" data-testid="leak-review">
      <Stack gap="sm">
        <Title order={3} size="h4" ref={heading} tabIndex={-1}>
          Review who joined
        </Title>
        <div aria-live="polite">
          {error && <Alert color="red">{error}</Alert>}
          {notice && (
            <Alert color="green" data-testid="leak-notice">
              {notice}
            </Alert>
          )}
        </div>
        {!joiners ? (
          !error && <Skeleton h={120} />
        ) : joiners.length === 0 ? (
          <Text c="dimmed">Nobody joined through this invitation.</Text>
        ) : (
          <>
            <Text size="sm">
              {plural(joiners.length, 'person', 'people')} joined through it;{' '}
              {members.length === joiners.length
                ? members.length === 1
                  ? 'they are still a member.'
                  : 'all are still members.'
                : `${members.length} ${members.length === 1 ? 'is still a member' : 'are still members'}.`}
            </Text>
            {members.length > 0 && (
              <Checkbox
                label={`Select everyone still a member (${members.length})`}
                checked={chosen.length === members.length}
                indeterminate={chosen.length > 0 && chosen.length < members.length}
                onChange={() =>
                  setSelected(
                    chosen.length === members.length
                      ? new Set()
                      : new Set(members.map((joiner) => joiner.id)),
                  )
                }
              />
            )}
            <Stack
              component="ul"
              gap={6}
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-label="People who joined"
            >
              {joiners.map((joiner) => (
                <li key={joiner.id} data-testid="joiner-row">
                  <Checkbox
                    checked={selected.has(joiner.id) && Boolean(joiner.membership)}
                    disabled={!joiner.membership}
                    onChange={() => toggle(joiner.id)}
                    styles={{ label: { overflowWrap: 'anywhere' } }}
                    label={joiner.user.name}
                    description={
                      <>
                        {joiner.user.email ? `${joiner.user.email} · ` : ''}joined{' '}
                        <When iso={joiner.redeemedAt} /> ·{' '}
                        {joiner.membership
                          ? `still a member (${roleInText(joiner.membership.role)})`
                          : 'no longer a member'}
                      </>
                    }
                  />
                </li>
              ))}
            </Stack>
            <Group>
              <Button
                color="red"
                disabled={chosen.length === 0}
                onClick={() => {
                  setTargets(chosen);
                  setConfirming(true);
                }}
              >
                {chosen.length === 0
                  ? 'Remove selected'
                  : `Remove ${plural(chosen.length, 'person', 'people')}…`}
              </Button>
            </Group>
          </>
        )}
      </Stack>
      <RemoveMembersDialog
        opened={confirming}
        names={targets.map((joiner) => joiner.user.name)}
        onClose={() => setConfirming(false)}
        onConfirm={async ({ block, reason }) => {
          const { data } = await remove({
            variables: {
              schoolId,
              membershipIds: targets.map((joiner) => joiner.membership!.id),
              block,
              reason,
            },
          });
          const removed = data?.removeMembers.removed ?? targets.length;
          setNotice(
            `Removed ${plural(removed, 'person', 'people')}${data?.removeMembers.blocked ? ` and blocked ${data.removeMembers.blocked === removed ? 'them' : data.removeMembers.blocked}` : ''}.`,
          );
          setSelected(new Set());
          setError(null);
          setVersion((now) => now + 1);
        }}
      />
    </Paper>
  );
}
