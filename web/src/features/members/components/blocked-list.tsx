import { useQuery } from '@apollo/client/react';
import { Alert, Button, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { CardItem, CardList } from '../../../components/card-list';
import { readableError } from '../../../lib/error-message';
import { plural } from '../../../lib/labels';
import { exactDateTime, relativeTime } from '../../../lib/relative-time';
import type { ViewerSchool } from '../../../lib/viewer/viewer';
import { BlockedUsersQuery } from '../api/blocked-users';
import { useUnblockUser } from '../api/unblock-user';

/** People removed with a block, newest first, each with who blocked them, why, and Unblock. */
export function BlockedList({ school }: { school: ViewerSchool }) {
  const blocked = useQuery(BlockedUsersQuery, { variables: { schoolId: school.id } });
  const [unblock] = useUnblockUser(school.id);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(null);
  const connection = blocked.data?.school?.blockedUsers;
  return (
    <Stack>
      <div aria-live="polite">
        {blocked.error && <Alert color="red">{readableError(blocked.error).message}</Alert>}
        {notice && (
          <Alert color={notice.error ? 'red' : 'green'} data-testid="blocked-notice">
            {notice.text}
          </Alert>
        )}
      </div>
      {!connection ? (
        <Skeleton h={120} />
      ) : connection.totalCount === 0 ? (
        <Text c="dimmed">Nobody is blocked. People removed with a block show here.</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {plural(connection.totalCount, 'person', 'people')} cannot join through any invitation
            of this school.
          </Text>
          <CardList label="Blocked people" cols={{ base: 1, md: 2 }}>
            {connection.edges.map(({ node }) => (
              <CardItem key={node.user.id} data-testid="blocked-row">
                <Stack gap={4}>
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {node.user.name}
                  </Text>
                  <Text size="sm" c="dimmed">
                    Blocked{' '}
                    <span title={exactDateTime(node.blockedAt)}>
                      {relativeTime(node.blockedAt)}
                    </span>
                    {node.blockedBy ? ` by ${node.blockedBy.name}` : ''}
                  </Text>
                  {node.reason && (
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      Reason: {node.reason}
                    </Text>
                  )}
                  <div>
                    <Button
                      size="compact-sm"
                      variant="light"
                      loading={busy === node.user.id}
                      aria-label={`Unblock ${node.user.name}`}
                      onClick={async () => {
                        setBusy(node.user.id);
                        setNotice(null);
                        try {
                          await unblock({
                            variables: { schoolId: school.id, userId: node.user.id },
                          });
                          setNotice({
                            error: false,
                            text: `${node.user.name} is unblocked: they can join again through an invitation.`,
                          });
                        } catch (caught) {
                          setNotice({ error: true, text: readableError(caught).message });
                        } finally {
                          setBusy(null);
                        }
                      }}
                    >
                      Unblock
                    </Button>
                  </div>
                </Stack>
              </CardItem>
            ))}
          </CardList>
          {connection.pageInfo.hasNextPage && (
            <Button
              variant="light"
              onClick={() =>
                void blocked.fetchMore({ variables: { after: connection.pageInfo.endCursor } })
              }
            >
              Load more
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}
