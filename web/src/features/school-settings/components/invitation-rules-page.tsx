import { Alert, Anchor, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useInvitationRules } from '../../../components/invitations/use-invitation-rules';
import { useDocumentTitle } from '../../../lib/document-title';
import { readableError } from '../../../lib/error-message';
import { viewerCan } from '../../../lib/viewer/can';
import { SchoolScreen } from '../../../lib/viewer/school-screen';
import type { ViewerSchool } from '../../../lib/viewer/viewer';
import { InvitationPolicyForm } from './invitation-policy-form';
import { InvitationPolicySummary } from './invitation-policy-summary';
import { PauseInvitationsSwitch } from './pause-invitations-switch';

/** School settings → Invitation rules: the pause switch and the policy for new invitations. */
export function InvitationRulesPage() {
  return (
    <SchoolScreen
      permission={['SCHOOL_MANAGE', 'INVITATIONS_CREATE', 'INVITATIONS_REVOKE']}
      what="this school's invitation rules"
    >
      {(school) => <InvitationRules school={school} />}
    </SchoolScreen>
  );
}

function InvitationRules({ school }: { school: ViewerSchool }) {
  useDocumentTitle('Invitation rules', school.name);
  const managesSchool = viewerCan(school, 'SCHOOL_MANAGE');
  const { answer: rules, loading, error } = useInvitationRules(school);

  return (
    <Stack maw={720}>
      <div>
        <Text c="dimmed" size="sm">
          <Anchor component={Link} to={`/schools/${school.slug}`} underline="always">
            {school.name}
          </Anchor>{' '}
          · School settings
        </Text>
        <Title order={1}>Invitation rules</Title>
      </div>
      {error && <Alert color="red">{readableError(error).message}</Alert>}
      {loading ? (
        <Skeleton h={240} />
      ) : rules ? (
        <>
          {viewerCan(school, 'INVITATIONS_REVOKE') ? (
            <PauseInvitationsSwitch school={school} pausedAt={rules.invitationsPausedAt} />
          ) : rules.invitationsPausedAt ? (
            <Alert color="yellow" title="All invitations are paused">
              Nobody can join through a link or code until an administrator resumes them.
            </Alert>
          ) : null}
          {rules.invitationPolicy &&
            (managesSchool ? (
              <InvitationPolicyForm schoolId={school.id} policy={rules.invitationPolicy} />
            ) : (
              <InvitationPolicySummary policy={rules.invitationPolicy} />
            ))}
        </>
      ) : null}
    </Stack>
  );
}
