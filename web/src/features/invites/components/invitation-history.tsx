import { Text, Timeline } from '@mantine/core';
import { graphql } from '../../../gql';
import type { InvitationHistory_InvitationFragment } from '../../../gql/graphql';
import { When } from '../../../components/invitations/invitation-facts';

/** Asked by the details and answered by every mutation that adds to the history (revoke, replace). */
export const InvitationHistory_invitation = graphql(`
  fragment InvitationHistory_invitation on Invitation {
    id
    auditEvents(first: 50) {
      edges {
        node {
          id
          action
          createdAt
          actor {
            id
            name
          }
        }
      }
    }
  }
`);

const ACTION: Record<string, string> = {
  'invitation.created': 'Created',
  'invitation.revoked': 'Revoked',
  'invitation.replaced': 'Replaced by a new invitation',
  'invitation.redeemed': 'Someone joined',
};

export function InvitationHistory({
  invitation,
}: {
  invitation: InvitationHistory_InvitationFragment;
}) {
  return (
    <Timeline bulletSize={12} lineWidth={2}>
      {(invitation.auditEvents?.edges ?? []).map(({ node }) => (
        <Timeline.Item key={node.id} title={ACTION[node.action] ?? node.action}>
          <Text size="sm" c="dimmed">
            {node.actor?.name ?? 'System'} · <When iso={node.createdAt} />
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
