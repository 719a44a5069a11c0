import { useMutation } from '@apollo/client/react';
import { Alert, Button, Code, CopyButton, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { formatInviteCode, LIMITS, type SchoolRole } from '@school-invites/shared';
import { useState, type FormEvent } from 'react';
import { readableError } from '../../../lib/error-message';
import { CreateInvitationMutation, SchoolInvitesQuery } from '../api/invites';

const EXPIRY = [
  { value: '1', label: '1 day' },
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: 'never', label: 'Never' },
];
const USES = ['1', '5', '10', '25', '50', '100'].map((value) => ({ value, label: value })).concat({ value: 'unlimited', label: 'Unlimited' });

export function CreateInvitationForm({ schoolId }: { schoolId: string }) {
  const [label, setLabel] = useState('');
  const [role, setRole] = useState<SchoolRole>('STUDENT');
  const [expiry, setExpiry] = useState('7');
  const [uses, setUses] = useState('unlimited');
  const [error, setError] = useState<string | null>(null);
  const [create, { data, loading }] = useMutation(CreateInvitationMutation, { refetchQueries: [SchoolInvitesQuery] });
  const created = data?.createInvitation;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await create({
        variables: {
          input: {
            schoolId,
            role,
            label: label.trim() || null,
            expiresAt: expiry === 'never' ? null : new Date(Date.now() + Number(expiry) * 86_400_000).toISOString(),
            maxUses: uses === 'unlimited' ? null : Number(uses),
          },
        },
      });
      setLabel('');
    } catch (caught) {
      setError(readableError(caught).message);
    }
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit}>
        <Stack>
          <Title order={2} size="h4">
            Create an invitation
          </Title>
          <Group align="flex-end" grow>
            <TextInput
              label="Where will you share it?"
              placeholder="e.g. Parents newsletter, Year 7 classroom"
              maxLength={LIMITS.invitationLabelMax}
              value={label}
              onChange={(e) => setLabel(e.currentTarget.value)}
            />
            <Select
              label="Joins as"
              data={[
                { value: 'STUDENT', label: 'Student' },
                { value: 'TEACHER', label: 'Teacher' },
                { value: 'ADMIN', label: 'Admin' },
              ]}
              value={role}
              onChange={(value) => setRole((value as SchoolRole) ?? 'STUDENT')}
              allowDeselect={false}
            />
            <Select label="Expires after" data={EXPIRY} value={expiry} onChange={(v) => setExpiry(v ?? '7')} allowDeselect={false} />
            <Select label="Usage limit" data={USES} value={uses} onChange={(v) => setUses(v ?? 'unlimited')} allowDeselect={false} />
          </Group>
          <div aria-live="polite">{error && <Alert color="red">{error}</Alert>}</div>
          <Group>
            <Button type="submit" loading={loading}>
              Create invitation
            </Button>
          </Group>
          {created && (
            <Alert color="green" title="Invitation ready to share" data-testid="created-invitation">
              <Stack gap="xs">
                <Group>
                  <Text>Code</Text>
                  <Code fz="xl">{formatInviteCode(created.code ?? '')}</Code>
                  <CopyButton value={formatInviteCode(created.code ?? '')}>{({ copy }) => <Button size="xs" onClick={copy}>Copy code</Button>}</CopyButton>
                </Group>
                <Group>
                  <Text>Link</Text>
                  <Code>{created.link}</Code>
                  <CopyButton value={created.link ?? ''}>{({ copy }) => <Button size="xs" onClick={copy}>Copy link</Button>}</CopyButton>
                </Group>
              </Stack>
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
