import { useApolloClient, useQuery } from '@apollo/client/react';
import { List, NativeSelect, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import {
  formatInviteCode,
  GROUP_LEADER_ROLES,
  LIMITS,
  type SchoolRole,
} from '@school-invites/shared';
import { useEffect, useState } from 'react';
import type { MemberInvitationsQuery as MemberInvitationsData } from '../../../gql/graphql';
import { readableError } from '../../../lib/error-message';
import { plural, roleInText } from '../../../lib/labels';
import { useHandOverGroup } from '../api/hand-over-group';
import { MemberInvitationsQuery } from '../api/member-invitations';
import { useRevokeLeftInvitations } from '../api/revoke-invitations';
import { StaffMembersQuery } from '../api/staff-members';

type Page = NonNullable<MemberInvitationsData['school']>['invitations'];

interface LedGroup {
  id: string;
  name: string;
  leaderMembershipIds: readonly string[];
}

/** Someone about to stop being staff: removed, or made a student. */
export interface Departing {
  id: string;
  role: SchoolRole;
  user: { id: string; name: string };
  ledGroups?: readonly LedGroup[];
}

/** What the viewer chose for what they leave behind: their invitations, and each led group. */
export interface LeavingChoice {
  revokeInvitations: boolean;
  /** Group id -> the membership that takes it over; a group not named is left without them. */
  handOver: Record<string, string>;
}

export const KEEP_EVERYTHING: LeavingChoice = { revokeInvitations: false, handOver: {} };

const isStaff = (role: SchoolRole) => (GROUP_LEADER_ROLES as readonly SchoolRole[]).includes(role);

function ledGroups(departing: readonly Departing[]): LedGroup[] {
  const groups = new Map<string, LedGroup>();
  for (const person of departing)
    for (const group of person.ledGroups ?? []) groups.set(group.id, group);
  return [...groups.values()];
}

/**
 * Shown first in a confirmation when staff stop being staff: the groups they lead (each can be
 * handed to another staff member, or left without them) and the live invitations they created
 * (kept working, or revoked). Nothing shows when they leave nothing behind.
 */
export function StaffLeaving({
  schoolId,
  departing,
  choice,
  onChoice,
  canHandOver,
}: {
  schoolId: string;
  departing: readonly Departing[];
  choice: LeavingChoice;
  onChoice: (choice: LeavingChoice) => void;
  /** GROUPS_MANAGE: without it the groups are listed, not handed over. */
  canHandOver: boolean;
}) {
  const [counts, setCounts] = useState<Record<string, number>>({});
  const groups = ledGroups(departing);
  const leaving = new Set(departing.map((person) => person.id));
  const staff = useQuery(StaffMembersQuery, {
    variables: { schoolId },
    skip: groups.length === 0 || !canHandOver,
  });
  const candidates = (staff.data?.school?.members?.edges ?? [])
    .map((edge) => edge.node)
    .filter((member) => !leaving.has(member.id));
  const creators = departing.filter((person) => isStaff(person.role));
  const invitations = Object.values(counts).reduce((sum, count) => sum + count, 0);
  if (groups.length === 0 && creators.length === 0) return null;

  return (
    <Paper withBorder p="sm" data-testid="staff-leaving">
      <Stack gap="sm">
        <Title order={3} size="h5">
          What they leave behind
        </Title>
        {groups.length > 0 && (
          <Stack gap="xs">
            <Text size="sm">
              {plural(groups.length, 'group')} they lead. They stop leading{' '}
              {groups.length === 1 ? 'it' : 'them'}; the other leaders stay.
            </Text>
            {groups.map((group) =>
              canHandOver ? (
                <NativeSelect
                  key={group.id}
                  label={`Who takes over ${group.name}?`}
                  value={choice.handOver[group.id] ?? ''}
                  onChange={(event) =>
                    onChoice({
                      ...choice,
                      handOver: { ...choice.handOver, [group.id]: event.currentTarget.value },
                    })
                  }
                  data={[
                    { value: '', label: 'Nobody new: leave it without them' },
                    ...candidates
                      .filter((member) => !group.leaderMembershipIds.includes(member.id))
                      .map((member) => ({
                        value: member.id,
                        label: `${member.user.name} (${roleInText(member.role)})`,
                      })),
                  ]}
                />
              ) : (
                <Text key={group.id} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {group.name}
                </Text>
              ),
            )}
          </Stack>
        )}
        {creators.map((person) => (
          <CreatedInvitations
            key={person.id}
            schoolId={schoolId}
            person={person}
            onCount={(count) =>
              setCounts((known) =>
                known[person.id] === count ? known : { ...known, [person.id]: count },
              )
            }
          />
        ))}
        {invitations > 0 && (
          <Radio.Group
            label={`Their ${plural(invitations, 'live invitation')}`}
            value={choice.revokeInvitations ? 'revoke' : 'keep'}
            onChange={(value) => onChoice({ ...choice, revokeInvitations: value === 'revoke' })}
          >
            <Stack gap={6} mt={6}>
              <Radio value="keep" label="Keep them working: people can still join through them" />
              <Radio value="revoke" label="Revoke them now: their links and codes stop working" />
            </Stack>
          </Radio.Group>
        )}
      </Stack>
    </Paper>
  );
}

/** One person's live invitations: how many, and the first few by label or code. */
function CreatedInvitations({
  schoolId,
  person,
  onCount,
}: {
  schoolId: string;
  person: Departing;
  onCount: (count: number) => void;
}) {
  const { data, error } = useQuery(MemberInvitationsQuery, {
    variables: { schoolId, userId: person.user.id },
  });
  const connection = data?.school?.invitations;
  const total = connection?.totalCount;
  useEffect(() => {
    if (total !== undefined) onCount(total);
  }, [total, onCount]);
  if (error) return <Text size="sm">{readableError(error).message}</Text>;
  if (!connection)
    return <Text size="sm">Looking for invitations {person.user.name} created…</Text>;
  if (connection.totalCount === 0) return null;
  const shown = connection.edges.slice(0, 5).map((edge) => edge.node);
  return (
    <div>
      <Text size="sm">
        {person.user.name} created {plural(connection.totalCount, 'live invitation')}:
      </Text>
      <List size="sm">
        {shown.map((invitation) => (
          <List.Item key={invitation.id} style={{ overflowWrap: 'anywhere' }}>
            {invitation.label ?? formatInviteCode(invitation.code ?? '')} (
            {roleInText(invitation.role)}, {plural(invitation.useCount, 'join')})
          </List.Item>
        ))}
        {connection.totalCount > shown.length && (
          <List.Item>and {connection.totalCount - shown.length} more</List.Item>
        )}
      </List>
    </div>
  );
}

/**
 * Carries out a LeavingChoice around the main step (the removal or the new role). The invitations
 * to revoke are listed before it (their creator may then no longer be listed as such); the
 * groups and invitations are settled after it, so nothing changes when the server refuses the
 * main step. Problems after it are reported as sentences, since the main step stays done.
 */
export function useSettleDeparture(schoolId: string) {
  const client = useApolloClient();
  const [handOver] = useHandOverGroup();
  const [revoke] = useRevokeLeftInvitations(schoolId);

  async function invitationsToRevoke(
    departing: readonly Departing[],
    choice: LeavingChoice,
  ): Promise<string[]> {
    if (!choice.revokeInvitations) return [];
    const ids: string[] = [];
    for (const person of departing.filter((each) => isStaff(each.role))) {
      let after: string | null | undefined = null;
      do {
        const { data }: { data?: MemberInvitationsData } = await client.query({
          query: MemberInvitationsQuery,
          variables: { schoolId, userId: person.user.id, after },
          fetchPolicy: 'no-cache',
        });
        const page: Page | null | undefined = data?.school?.invitations;
        ids.push(...(page?.edges.map((edge) => edge.node.id) ?? []));
        after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
    }
    return ids;
  }

  async function settle(
    departing: readonly Departing[],
    choice: LeavingChoice,
    revokeIds: readonly string[],
  ): Promise<string[]> {
    const notes: string[] = [];
    const leaving = new Set(departing.map((person) => person.id));
    for (const group of ledGroups(departing)) {
      const to = choice.handOver[group.id];
      if (!to) continue;
      const leaders = group.leaderMembershipIds.filter((id) => !leaving.has(id));
      if (!leaders.includes(to)) leaders.push(to);
      try {
        const { data } = await handOver({
          variables: { groupId: group.id, membershipIds: leaders },
        });
        const names = data?.setGroupLeaders.leaders.map((leader) => leader.name).join(', ');
        notes.push(`${group.name} is now led by ${names}.`);
      } catch (caught) {
        notes.push(`${group.name} was not handed over: ${readableError(caught).message}`);
      }
    }
    for (let start = 0; start < revokeIds.length; start += LIMITS.pageSizeMax) {
      const ids = revokeIds.slice(start, start + LIMITS.pageSizeMax);
      try {
        await revoke({ variables: { schoolId, ids } });
        notes.push(`Revoked ${plural(ids.length, 'invitation')}.`);
      } catch (caught) {
        notes.push(
          `${plural(ids.length, 'invitation')} could not be revoked: ${readableError(caught).message}`,
        );
      }
    }
    return notes;
  }

  return { invitationsToRevoke, settle };
}
