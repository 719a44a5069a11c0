import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { GROUP_KINDS, GROUP_LEADER_ROLES, LIMITS, type GroupKind } from '@school-invites/shared';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { SuccessPanel } from '../../../components/ui/success-panel';
import { readableError } from '../../../lib/error-message';
import { groupKindLabel } from '../../../lib/labels';
import type { ViewerSchool } from '../../../lib/viewer/viewer';
import { useCreateGroup } from '../api/create-group';
import { MemberPicker, type PickedMember } from './member-picker';

const KINDS = GROUP_KINDS.map((value) => ({ value, label: groupKindLabel(value) }));

const empty = () => ({
  name: '',
  kind: 'CLASS' as GroupKind,
  description: '',
  capacity: '' as number | string,
  leaders: [] as PickedMember[],
});

/** A new class, club or other group, with its leaders picked from the school's staff. */
export function CreateGroupForm({
  school,
  groupPath,
}: {
  school: ViewerSchool;
  groupPath: (id: string) => string;
}) {
  const [form, setForm] = useState(empty);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const [error, setError] = useState<string | null>(null);
  const [create, { data, loading }] = useCreateGroup();
  const created = data?.createGroup;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!form.name.trim()) return setError('Give the group a name, such as Year 7 Maple.');
    try {
      await create({
        variables: {
          input: {
            schoolId: school.id,
            name: form.name.trim(),
            kind: form.kind,
            description: form.description.trim() || null,
            capacity: form.capacity === '' ? null : Number(form.capacity),
            leaderIds: form.leaders.map((leader) => leader.id),
          },
        },
      });
      setForm(empty());
    } catch (caught) {
      setError(readableError(caught).message);
    }
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4">
            Create a group
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="sm">
            <TextInput
              label="Name"
              placeholder="e.g. Year 7 Maple, Chess club"
              required
              maxLength={LIMITS.groupNameMax}
              value={form.name}
              onChange={(e) => set('name', e.currentTarget.value)}
            />
            <Select
              label="Kind"
              data={KINDS}
              value={form.kind}
              onChange={(value) => value && set('kind', value)}
              allowDeselect={false}
            />
            <NumberInput
              label="Places"
              placeholder="No limit"
              min={1}
              max={LIMITS.groupCapacityMax}
              allowDecimal={false}
              value={form.capacity}
              onChange={(value) => set('capacity', value)}
            />
            <MemberPicker
              schoolId={school.id}
              roles={GROUP_LEADER_ROLES}
              label="Leaders"
              placeholder="A teacher's name or email"
              value={form.leaders}
              onChange={(leaders) => set('leaders', leaders)}
              max={LIMITS.groupLeadersMax}
            />
          </SimpleGrid>
          <Textarea
            label="Description"
            placeholder="Optional: what the group is for, when it meets"
            maxLength={LIMITS.groupDescriptionMax}
            autosize
            minRows={1}
            value={form.description}
            onChange={(e) => set('description', e.currentTarget.value)}
          />
          <div aria-live="polite">{error && <Alert color="red">{error}</Alert>}</div>
          <Group>
            <Button type="submit" loading={loading}>
              Create group
            </Button>
          </Group>
          {created && (
            <SuccessPanel title={`${created.name} is ready`} testId="created-group">
              <Button component={Link} to={groupPath(created.id)} variant="light" size="xs">
                Open {created.name}
              </Button>
            </SuccessPanel>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
