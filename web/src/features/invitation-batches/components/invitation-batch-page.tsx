import {
  Alert,
  Anchor,
  Button,
  Group,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { LEADER_GRANTABLE_ROLES, LIMITS, type SchoolRole } from '@school-invites/shared';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../../lib/document-title';
import { readableError } from '../../../lib/error-message';
import { plural, roleLabel } from '../../../lib/labels';
import { viewerCan } from '../../../lib/viewer/can';
import { SchoolScreen } from '../../../lib/viewer/school-screen';
import type { ViewerSchool } from '../../../lib/viewer/viewer';
import { useCreateInvitationBatch } from '../api/create-invitation-batch';
import { GroupPicker } from './group-picker';
import type { BatchLayout } from './print-sheet';

const EXPIRY = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: 'date', label: 'On a date…' },
  { value: 'never', label: 'Never' },
];
const USES = [
  { value: 'unlimited', label: 'Unlimited' },
  ...[30, 50, 100].map((count) => ({
    value: String(count),
    label: plural(count, 'person', 'people'),
  })),
  { value: 'number', label: 'Another number…' },
];

function expiryFrom(preset: string, date: string): string | null {
  if (preset === 'never') return null;
  if (preset === 'date') return date ? new Date(`${date}T23:59:59`).toISOString() : null;
  return new Date(Date.now() + Number(preset) * 86_400_000).toISOString();
}

/** How many invitations a batch makes: one per group for posters, `perGroup` per group for slips. */
export function batchTotal(groups: number, layout: BatchLayout, perGroup: number): number {
  return layout === 'posters' ? groups : groups * (Number.isFinite(perGroup) ? perGroup : 0);
}

/**
 * "Invite every class": term start in one step. Open to those who may create invitations, and to
 * teachers leading classes (who invite students into those only); the server decides both.
 */
export function InvitationBatchPage() {
  return (
    <SchoolScreen
      permission="INVITATIONS_CREATE"
      orLeadingGroups
      what="inviting the school's classes"
      skeletonHeight={400}
    >
      {(school) => <BatchForm school={school} />}
    </SchoolScreen>
  );
}

function BatchForm({ school }: { school: ViewerSchool }) {
  useDocumentTitle('Invite every class', school.name);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // A leader without INVITATIONS_CREATE invites students into the groups they lead, nobody else.
  const leader = !viewerCan(school, 'INVITATIONS_CREATE');
  const roles: readonly SchoolRole[] = leader
    ? LEADER_GRANTABLE_ROLES
    : school.viewerGrantableRoles;
  const [groupIds, setGroupIds] = useState<string[]>(() => params.getAll('group'));
  const [layout, setLayout] = useState<BatchLayout>('posters');
  const [perGroup, setPerGroup] = useState<number | string>(30);
  const [role, setRole] = useState<SchoolRole>(
    roles.includes('STUDENT') ? 'STUDENT' : (roles[0] ?? 'STUDENT'),
  );
  const [expiry, setExpiry] = useState('30');
  const [date, setDate] = useState('');
  const [uses, setUses] = useState('unlimited');
  const [count, setCount] = useState<number | string>(30);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [create, { loading }] = useCreateInvitationBatch();

  const slips = Number(perGroup);
  const total = batchTotal(groupIds.length, layout, slips);
  const tooMany = total > LIMITS.invitationBatchMax;
  const what = layout === 'posters' ? plural(total, 'poster') : plural(total, 'slip');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (groupIds.length === 0) return setError('Choose at least one class.');
    if (layout === 'slips' && !(Number.isInteger(slips) && slips >= 1))
      return setError('Say how many slips each class needs.');
    if (layout === 'slips' && slips > LIMITS.invitationBatchPerGroupMax)
      return setError(`At most ${LIMITS.invitationBatchPerGroupMax} slips per class.`);
    if (tooMany)
      return setError(
        `That makes ${total} invitations; at most ${LIMITS.invitationBatchMax} can be made at once. Choose fewer classes or fewer slips, and make the rest in a second batch.`,
      );
    if (expiry === 'date' && !date)
      return setError('Choose the date the invitations should stop working.');
    try {
      const result = await create({
        variables: {
          input: {
            schoolId: school.id,
            groupIds,
            perGroup: layout === 'slips' ? slips : 1,
            role,
            expiresAt: expiryFrom(expiry, date),
            // A slip is one student's: it works once, whatever else was chosen.
            maxUses:
              layout === 'slips'
                ? 1
                : uses === 'unlimited'
                  ? null
                  : Number(uses === 'number' ? count : uses),
            label: label.trim() || null,
          },
        },
      });
      const batchId = result.data?.createInvitationBatch[0]?.batchId;
      if (batchId)
        await navigate(
          `/schools/${school.slug}/settings/invites/batch/${batchId}/print?layout=${layout}`,
        );
    } catch (caught) {
      setError(readableError(caught).message);
    }
  };

  return (
    <Stack>
      <div>
        <Text c="dimmed" size="sm">
          <Anchor component={Link} to={`/schools/${school.slug}`} underline="always">
            {school.name}
          </Anchor>
          {!leader && (
            <>
              {' '}
              ·{' '}
              <Anchor
                component={Link}
                to={`/schools/${school.slug}/settings/invites`}
                underline="always"
              >
                Invites
              </Anchor>
            </>
          )}
        </Text>
        <Title order={1}>Invite every class</Title>
        <Text mt={4}>
          The start of a term in one step: an invitation for each class, then one sheet to print
          them all.
          {leader && ' You can invite students into the classes you lead.'}
        </Text>
      </div>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                1. Classes
              </Title>
              <GroupPicker
                schoolId={school.id}
                ledByViewer={leader}
                selected={groupIds}
                onChange={setGroupIds}
              />
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                2. What to print
              </Title>
              <Radio.Group
                label="Invitations"
                value={layout}
                onChange={(value) => setLayout(value)}
              >
                <Stack gap="xs" mt="xs">
                  <Radio
                    value="posters"
                    label="One invitation per class (a poster each)"
                    description="For the classroom wall or the board; everyone in the class uses the same code."
                  />
                  <Radio
                    value="slips"
                    label="A slip per student"
                    description="Each slip has its own code, which works once. Eight slips to an A4 page, to cut out."
                  />
                </Stack>
              </Radio.Group>
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="sm">
                {layout === 'slips' ? (
                  <NumberInput
                    label="Slips per class"
                    description="A class and a few spare"
                    min={1}
                    max={LIMITS.invitationBatchPerGroupMax}
                    allowDecimal={false}
                    value={perGroup}
                    onChange={setPerGroup}
                  />
                ) : (
                  <Select
                    label="People per poster"
                    description="Each class's capacity applies too"
                    data={USES}
                    value={uses}
                    onChange={(value) => setUses(value ?? 'unlimited')}
                    allowDeselect={false}
                  />
                )}
                {layout === 'posters' && uses === 'number' && (
                  <NumberInput
                    label="Number of people"
                    description="Per poster"
                    min={1}
                    max={LIMITS.invitationMaxUsesMax}
                    allowDecimal={false}
                    value={count}
                    onChange={setCount}
                  />
                )}
                <Select
                  label="Stops working after"
                  description="Until the term is under way"
                  data={EXPIRY}
                  value={expiry}
                  onChange={(value) => setExpiry(value ?? '30')}
                  allowDeselect={false}
                />
                {expiry === 'date' && (
                  <TextInput
                    label="Last day"
                    description="Works until the end of that day"
                    type="date"
                    value={date}
                    min={new Date().toISOString().slice(0, 10)}
                    onChange={(e) => setDate(e.currentTarget.value)}
                  />
                )}
                {roles.length > 1 ? (
                  <Select
                    label="Joins as"
                    description="The role people get in the school"
                    data={roles.map((value) => ({ value, label: roleLabel(value) }))}
                    value={role}
                    onChange={(value) => value && setRole(value)}
                    allowDeselect={false}
                  />
                ) : null}
                <TextInput
                  label="Label"
                  description="Optional, e.g. Autumn term 2026"
                  maxLength={LIMITS.invitationLabelMax}
                  value={label}
                  onChange={(e) => setLabel(e.currentTarget.value)}
                />
              </SimpleGrid>
              {layout === 'slips' && (
                <Text size="sm" data-testid="single-use">
                  Every slip works once: one student joins with it.
                </Text>
              )}
            </Stack>
          </Paper>
          <Stack gap="xs" aria-live="polite">
            <Text fw={600} c={tooMany ? 'red.8' : undefined} data-testid="batch-total">
              {groupIds.length === 0
                ? 'No class chosen yet.'
                : layout === 'posters'
                  ? `${plural(groupIds.length, 'class', 'classes')}: ${plural(total, 'invitation')}, a poster each.`
                  : `${plural(groupIds.length, 'class', 'classes')} × ${plural(Number.isFinite(slips) ? slips : 0, 'slip')} = ${plural(total, 'invitation')}.`}
              {tooMany && ` At most ${LIMITS.invitationBatchMax} can be made at once.`}
            </Text>
            {error && <Alert color="red">{error}</Alert>}
          </Stack>
          <Group>
            <Button type="submit" loading={loading}>
              {groupIds.length === 0 ? 'Create invitations' : `Create ${what}`}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
