import { Alert, Anchor, Group, Skeleton, Stack, Tabs, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LeaveSchoolButton } from '../../../components/members/leave-school-button';
import { useDocumentTitle } from '../../../lib/document-title';
import { viewerCan } from '../../../lib/viewer/can';
import { SchoolScreen } from '../../../lib/viewer/school-screen';
import type { ViewerSchool } from '../../../lib/viewer/viewer';
import { MemberList } from './member-list';

// Only those who manage members (or own the school) use these: not on everyone's first visit.
const BlockedList = lazy(async () => ({
  default: (await import('./blocked-list')).BlockedList,
}));
const LeftOverInvitations = lazy(async () => ({
  default: (await import('./left-over-invitations')).LeftOverInvitations,
}));
const TransferOwnershipButton = lazy(async () => ({
  default: (await import('./transfer-ownership')).TransferOwnershipButton,
}));

export function MembersPage() {
  return (
    <SchoolScreen permission="MEMBERS_VIEW" what="seeing the member list">
      {(school) => <MembersScreen school={school} />}
    </SchoolScreen>
  );
}

type Tab = 'members' | 'blocked' | 'left-over';

/**
 * The member list, and for those who manage members the people blocked and the invitations left
 * over by former staff, each a tab named in the URL (`?tab=`) so it can be linked to.
 */
function MembersScreen({ school }: { school: ViewerSchool }) {
  useDocumentTitle('Members', school.name);
  const [params, setParams] = useSearchParams();
  const [notice, setNotice] = useState<string | null>(null);
  const manages = viewerCan(school, 'MEMBERS_MANAGE');
  const shown: Tab[] = manages
    ? viewerCan(school, 'INVITATIONS_VIEW')
      ? ['members', 'blocked', 'left-over']
      : ['members', 'blocked']
    : ['members'];
  const asked = params.get('tab') as Tab | null;
  const tab: Tab = asked && shown.includes(asked) ? asked : 'members';

  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Anchor component={Link} to={`/schools/${school.slug}`} size="sm" underline="always">
            {school.name}
          </Anchor>
          <Title order={1}>Members</Title>
        </div>
        <Group gap="xs">
          {school.viewerRole === 'OWNER' && (
            <Suspense fallback={null}>
              <TransferOwnershipButton school={school} onDone={setNotice} />
            </Suspense>
          )}
          <LeaveSchoolButton school={school} />
        </Group>
      </Group>
      <div aria-live="polite">
        {notice && (
          <Alert
            color="green"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setNotice(null)}
          >
            {notice}
          </Alert>
        )}
      </div>
      {shown.length === 1 ? (
        <MemberList school={school} />
      ) : (
        <Tabs
          value={tab}
          keepMounted={false}
          onChange={(value) =>
            setParams(value && value !== 'members' ? { tab: value } : {}, { replace: true })
          }
        >
          <Tabs.List mb="md">
            <Tabs.Tab value="members">Members</Tabs.Tab>
            <Tabs.Tab value="blocked">Blocked</Tabs.Tab>
            {shown.includes('left-over') && <Tabs.Tab value="left-over">Left over</Tabs.Tab>}
          </Tabs.List>
          <Tabs.Panel value="members">
            <MemberList school={school} />
          </Tabs.Panel>
          <Tabs.Panel value="blocked">
            <Suspense fallback={<Skeleton h={120} />}>
              <BlockedList school={school} />
            </Suspense>
          </Tabs.Panel>
          {shown.includes('left-over') && (
            <Tabs.Panel value="left-over">
              <Suspense fallback={<Skeleton h={120} />}>
                <LeftOverInvitations school={school} />
              </Suspense>
            </Tabs.Panel>
          )}
        </Tabs>
      )}
    </Stack>
  );
}
