import { Button, Group, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { SuccessPanel } from '../../../components/ui/success-panel';
import { graphql } from '../../../gql';
import type { ReplaceSection_InvitationFragment } from '../../../gql/graphql';
import { useReplaceInvitation } from '../api/replace-invitation';
import { CreatedSummary } from '../../../components/invitations/created-summary';
import { RevokeDialog } from '../../../components/invitations/revoke-dialog';
import { SharePanel } from '../../../components/invitations/share-panel';

export const ReplaceSection_invitation = graphql(`
  fragment ReplaceSection_invitation on Invitation {
    id
    viewerCanRevoke
    useCount
  }
`);

/**
 * Where people look for "edit": invitations cannot be edited, because a link already shared must
 * keep meaning what it meant. Revoke & replace does the change in one step, after the same
 * confirmation as a plain revocation.
 */
export function ReplaceSection({
  invitation,
  schoolSlug,
}: {
  invitation: ReplaceSection_InvitationFragment;
  schoolSlug: string;
}) {
  const [replace, { data }] = useReplaceInvitation();
  const [confirming, setConfirming] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const fresh = data?.replaceInvitation;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        Need to change it?
      </Text>
      <Text size="sm">
        Invitations can't be edited: a link that is already out there must keep meaning what it
        said. Revoke & replace stops this one now and creates a new one with the same role, label,
        limit and validity period.
      </Text>
      {invitation.viewerCanRevoke && !fresh && (
        <Group>
          <Button variant="light" color="red" onClick={() => setConfirming(true)}>
            Revoke & replace
          </Button>
        </Group>
      )}
      {fresh?.code && fresh.link && (
        <SuccessPanel
          title="New invitation ready; the old one no longer works"
          testId="replacement"
          ref={panel}
        >
          <CreatedSummary invitation={fresh} />
          <SharePanel
            code={fresh.code}
            link={fresh.link}
            printPath={`/schools/${schoolSlug}/settings/invites/${fresh.id}/print`}
          />
        </SuccessPanel>
      )}
      <RevokeDialog
        opened={confirming}
        count={1}
        joined={invitation.useCount}
        replace
        onClose={() => setConfirming(false)}
        onConfirm={() => replace({ variables: { id: invitation.id } })}
        afterRevoke={() => panel.current?.focus()}
      />
    </Stack>
  );
}
