import { List, Paper, Stack, Text, Title } from '@mantine/core';
import type { Policy } from './invitation-policy-form';

/** The policy as those who create invitations (INVITATIONS_CREATE) read it; only the owner changes it. */
export function InvitationPolicySummary({ policy }: { policy: Policy }) {
  const { allowedEmailDomains: domains, maxExpiryDays: days } = policy;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="policy-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="policy-heading">
          Invitation policy
        </Title>
        <List size="sm" spacing={4} data-testid="policy-summary">
          <List.Item>
            {domains.length
              ? `Only people with a confirmed address at ${domains.join(', ')} (or a subdomain) can join.`
              : 'Anyone with the link or code can join: no email domain rule.'}
          </List.Item>
          <List.Item>
            {days === null
              ? 'Invitations may last as long as you choose, or never stop working.'
              : `New invitations must stop working within ${days} ${days === 1 ? 'day' : 'days'}.`}
          </List.Item>
          <List.Item>
            {policy.staffInvitationsMustBeLimited
              ? 'Invitations for teachers and admins need an end date and a limit on people.'
              : 'Invitations for teachers and admins follow the same rules as the others.'}
          </List.Item>
        </List>
        <Text size="sm" c="dimmed">
          Only the school's owner can change these rules.
        </Text>
      </Stack>
    </Paper>
  );
}
