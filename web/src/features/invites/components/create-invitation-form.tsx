import { Alert, Button, Group, NumberInput, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { LIMITS, type SchoolRole } from '@school-invites/shared';
import { useState, type FormEvent } from 'react';
import { SuccessPanel } from '../../../components/ui/success-panel';
import { readableError } from '../../../lib/error-message';
import { plural, roleLabel } from '../../../lib/labels';
import type { ViewerSchool } from '../../../lib/viewer/viewer';
import { useCreateInvitation } from '../api/create-invitation';
import { SharePanel } from './share-panel';

const EXPIRY = [
  { value: '1', label: '1 day' },
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: 'date', label: 'On a date…' },
  { value: 'never', label: 'Never' },
];
const USES = ['1', '5', '10', '25', '50', '100']
  .map((value) => ({ value, label: plural(Number(value), 'person', 'people') }))
  .concat({ value: 'number', label: 'Another number…' }, { value: 'unlimited', label: 'Unlimited' });

function expiryFrom(preset: string, date: string): string | null {
  if (preset === 'never') return null;
  if (preset === 'date') return date ? new Date(`${date}T23:59:59`).toISOString() : null;
  return new Date(Date.now() + Number(preset) * 86_400_000).toISOString();
}

export function CreateInvitationForm({ school }: { school: ViewerSchool }) {
  const roles = school.viewerGrantableRoles;
  const [label, setLabel] = useState('');
  const [role, setRole] = useState<SchoolRole>(roles.includes('STUDENT') ? 'STUDENT' : (roles[0] ?? 'STUDENT'));
  const [expiry, setExpiry] = useState('7');
  const [date, setDate] = useState('');
  const [uses, setUses] = useState('unlimited');
  const [count, setCount] = useState<number | string>(200);
  const [error, setError] = useState<string | null>(null);
  const [create, { data, loading }] = useCreateInvitation();
  const created = data?.createInvitation;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (expiry === 'date' && !date) return setError('Choose the date the invitation should stop working.');
    try {
      await create({
        variables: {
          input: {
            schoolId: school.id,
            role,
            label: label.trim() || null,
            expiresAt: expiryFrom(expiry, date),
            maxUses: uses === 'unlimited' ? null : uses === 'number' ? Number(count) : Number(uses),
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
          <Group align="flex-end" grow wrap="wrap">
            <TextInput
              label="Where will you share it?"
              placeholder="e.g. Parents newsletter, Year 7 classroom"
              maxLength={LIMITS.invitationLabelMax}
              value={label}
              onChange={(e) => setLabel(e.currentTarget.value)}
              miw={200}
            />
            <Select
              label="Joins as"
              data={roles.map((value) => ({ value, label: roleLabel(value) }))}
              value={role}
              onChange={(value) => setRole((value as SchoolRole) ?? role)}
              allowDeselect={false}
              miw={120}
            />
            <Select label="Stops working after" data={EXPIRY} value={expiry} onChange={(v) => setExpiry(v ?? '7')} allowDeselect={false} miw={140} />
            {expiry === 'date' && (
              <TextInput label="Last day" type="date" value={date} min={new Date().toISOString().slice(0, 10)} onChange={(e) => setDate(e.currentTarget.value)} miw={140} />
            )}
            <Select label="How many people can join" data={USES} value={uses} onChange={(v) => setUses(v ?? 'unlimited')} allowDeselect={false} miw={160} />
            {uses === 'number' && (
              <NumberInput label="Number of people" min={1} max={LIMITS.invitationMaxUsesMax} value={count} onChange={setCount} miw={120} />
            )}
          </Group>
          <div aria-live="polite">{error && <Alert color="red">{error}</Alert>}</div>
          <Group>
            <Button type="submit" loading={loading}>
              Create invitation
            </Button>
          </Group>
          {created?.code && created.link && (
            <SuccessPanel title="Invitation ready to share" testId="created-invitation">
              <SharePanel code={created.code} link={created.link} printPath={`/schools/${school.slug}/settings/invites/${created.id}/print`} />
            </SuccessPanel>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
