import { Alert, Anchor, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { readableError } from '../../../lib/error-message';
import { relativeTime } from '../../../lib/relative-time';
import { viewerCan } from '../../../lib/viewer/can';
import type { ViewerSchool } from '../../../lib/viewer/viewer';
import { useResumePausedInvitations } from '../api/resume-paused-invitations';

/**
 * Says, above everything else on the Invites screen, that no link or code works while the school's
 * invitations are paused; those who may (INVITATIONS_REVOKE) resume them from here.
 */
export function PausedBanner({ school, pausedAt }: { school: ViewerSchool; pausedAt: string }) {
  const [resume, { loading }] = useResumePausedInvitations();
  const [error, setError] = useState<string | null>(null);
  return (
    <Alert
      color="yellow"
      variant="light"
      title="All invitations are paused"
      data-testid="paused-banner"
      role="status"
    >
      <Text size="sm">
        Paused {relativeTime(pausedAt)}: nobody can join {school.name} through any link or code, new
        ones included, until invitations are resumed. Nothing else has changed.
      </Text>
      {error && (
        <Text size="sm" c="red.8" mt="xs" role="alert">
          {error}
        </Text>
      )}
      <Group mt="sm" gap="sm">
        {viewerCan(school, 'INVITATIONS_REVOKE') && (
          <Button
            size="xs"
            loading={loading}
            onClick={async () => {
              setError(null);
              try {
                await resume({ variables: { schoolId: school.id } });
              } catch (caught) {
                setError(readableError(caught).message);
              }
            }}
          >
            Resume invitations
          </Button>
        )}
        <Anchor
          component={Link}
          to={`/schools/${school.slug}/settings/invitation-rules`}
          size="sm"
          underline="always"
        >
          Invitation rules
        </Anchor>
      </Group>
    </Alert>
  );
}
