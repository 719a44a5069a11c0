import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { LIMITS, type SchoolRole } from '@school-invites/shared';
import { useState, type FormEvent } from 'react';
import { SuccessPanel } from '../../../components/ui/success-panel';
import { readableError } from '../../../lib/error-message';
import { plural, roleLabel } from '../../../lib/labels';
import type { ViewerSchool } from '../../../lib/viewer/viewer';
import { useCreateInvitation } from '../api/create-invitation';
import { CreatedSummary } from './created-summary';
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
  .concat(
    { value: 'number', label: 'Another number…' },
    { value: 'unlimited', label: 'Unlimited' },
  );

function expiryFrom(preset: string, date: string): string | null {
  if (preset === 'never') return null;
  if (preset === 'date') return date ? new Date(`${date}T23:59:59`).toISOString() : null;
  return new Date(Date.now() + Number(preset) * 86_400_000).toISOString();
}

/** What the form starts with, and returns to after each invitation: a student, for a week, for anyone. */
function safeDefaults(roles: readonly SchoolRole[]) {
  return {
    label: '',
    role: roles.includes('STUDENT') ? 'STUDENT' : (roles[0] ?? 'STUDENT'),
    expiry: '7',
    date: '',
    uses: 'unlimited',
    count: 200 as number | string,
  };
}

export function CreateInvitationForm({ school }: { school: ViewerSchool }) {
  const roles = school.viewerGrantableRoles;
  const [form, setForm] = useState(() => safeDefaults(roles));
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const [error, setError] = useState<string | null>(null);
  const [create, { data, loading }] = useCreateInvitation();
  const created = data?.createInvitation;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (form.expiry === 'date' && !form.date)
      return setError('Choose the date the invitation should stop working.');
    try {
      await create({
        variables: {
          input: {
            schoolId: school.id,
            role: form.role,
            label: form.label.trim() || null,
            expiresAt: expiryFrom(form.expiry, form.date),
            maxUses:
              form.uses === 'unlimited'
                ? null
                : form.uses === 'number'
                  ? Number(form.count)
                  : Number(form.uses),
          },
        },
      });
      // The panel below says what was made; the next invitation starts from the safe defaults,
      // not from a role or limit chosen for the last one.
      setForm(safeDefaults(roles));
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
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="sm">
            <TextInput
              label="Where will you share it?"
              placeholder="e.g. Parents newsletter, Year 7 classroom"
              maxLength={LIMITS.invitationLabelMax}
              value={form.label}
              onChange={(e) => set('label', e.currentTarget.value)}
            />
            <Select
              label="Joins as"
              data={roles.map((value) => ({ value, label: roleLabel(value) }))}
              value={form.role}
              onChange={(value) => value && set('role', value)}
              allowDeselect={false}
            />
            <Select
              label="Stops working after"
              data={EXPIRY}
              value={form.expiry}
              onChange={(v) => set('expiry', v ?? '7')}
              allowDeselect={false}
            />
            {form.expiry === 'date' && (
              <TextInput
                label="Last day"
                type="date"
                value={form.date}
                min={new Date().toISOString().slice(0, 10)}
                onChange={(e) => set('date', e.currentTarget.value)}
              />
            )}
            <Select
              label="How many people can join"
              data={USES}
              value={form.uses}
              onChange={(v) => set('uses', v ?? 'unlimited')}
              allowDeselect={false}
            />
            {form.uses === 'number' && (
              <NumberInput
                label="Number of people"
                min={1}
                max={LIMITS.invitationMaxUsesMax}
                value={form.count}
                onChange={(v) => set('count', v)}
              />
            )}
          </SimpleGrid>
          <div aria-live="polite">{error && <Alert color="red">{error}</Alert>}</div>
          <Group>
            <Button type="submit" loading={loading}>
              Create invitation
            </Button>
          </Group>
          {created?.code && created.link && (
            <SuccessPanel title="Invitation ready to share" testId="created-invitation">
              <CreatedSummary invitation={created} />
              <SharePanel
                code={created.code}
                link={created.link}
                printPath={`/schools/${school.slug}/settings/invites/${created.id}/print`}
              />
            </SuccessPanel>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
