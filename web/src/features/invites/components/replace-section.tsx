import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { SuccessPanel } from '../../../components/ui/success-panel';
import { graphql } from '../../../gql';
import type { ReplaceSection_InvitationFragment } from '../../../gql/graphql';
import { readableError } from '../../../lib/error-message';
import { useReplaceInvitation } from '../api/replace-invitation';
import { SharePanel } from './share-panel';

export const ReplaceSection_invitation = graphql(`
  fragment ReplaceSection_invitation on Invitation {
    id
    viewerCanRevoke
  }
`);

/**
 * Where people look for "edit": invitations cannot be edited, because a link already shared must
 * keep meaning what it meant. Revoke & replace does the change in one step.
 */
export function ReplaceSection({ invitation, schoolSlug }: { invitation: ReplaceSection_InvitationFragment; schoolSlug: string }) {
  const [replace, { data, loading }] = useReplaceInvitation();
  const [error, setError] = useState<string | null>(null);
  const fresh = data?.replaceInvitation;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        Need to change it?
      </Text>
      <Text size="sm">
        Invitations can't be edited: a link that is already out there must keep meaning what it said. Revoke & replace
        stops this one now and creates a new one with the same role, label, limit and validity period.
      </Text>
      {invitation.viewerCanRevoke && !fresh && (
        <Group>
          <Button
            variant="light"
            loading={loading}
            onClick={async () => {
              setError(null);
              try {
                await replace({ variables: { id: invitation.id } });
              } catch (caught) {
                setError(readableError(caught).message);
              }
            }}
          >
            Revoke & replace
          </Button>
        </Group>
      )}
      <div aria-live="polite">{error && <Alert color="red">{error}</Alert>}</div>
      {fresh?.code && fresh.link && (
        <SuccessPanel title="New invitation ready; the old one no longer works" testId="replacement">
          <SharePanel code={fresh.code} link={fresh.link} printPath={`/schools/${schoolSlug}/settings/invites/${fresh.id}/print`} />
        </SuccessPanel>
      )}
    </Stack>
  );
}
