import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { LEADER_GRANTABLE_ROLES, LIMITS, type SchoolRole } from '@school-invites/shared';
import { lazy, Suspense, useState, type FormEvent } from 'react';
import type { CreateInvitationInput } from '../../gql/graphql';
import { fieldMessage, readableError } from '../../lib/error-message';
import { plural, roleLabel } from '../../lib/labels';
import { viewerCan } from '../../lib/viewer/can';
import type { ViewerSchool } from '../../lib/viewer/viewer';
import { SuccessPanel } from '../ui/success-panel';
import { CreatedSummary } from './created-summary';
import type { Row } from './invitation-list';
import {
  defaultExpiry,
  expiryOptions,
  lastAllowedDate,
  mustBeLimited,
  rulesInWords,
  type InvitationRules,
} from './invitation-rules';
import { SharePanel } from './share-panel';

const GroupsPicker = lazy(async () => ({
  default: (await import('./groups-picker')).GroupsPicker,
}));
const DomainsPicker = lazy(async () => ({
  default: (await import('./domains-picker')).DomainsPicker,
}));

export interface GroupOption {
  id: string;
  name: string;
}

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

/**
 * What the form starts with, and returns to after each invitation: a student, for a week (or the
 * policy's shorter cap), for anyone, into `groupIds` (a leader's one group) or none, for all of
 * the school's email domains.
 */
function safeDefaults(
  roles: readonly SchoolRole[],
  groupIds: string[] = [],
  rules?: InvitationRules | null,
) {
  return {
    label: '',
    role: roles.includes('STUDENT') ? 'STUDENT' : (roles[0] ?? 'STUDENT'),
    expiry: defaultExpiry(rules),
    date: '',
    uses: 'unlimited',
    count: 200 as number | string,
    groupIds,
    domains: [] as string[],
  };
}

/** The inputs the server may name in a BAD_USER_INPUT, shown beside them. */
type FieldName = 'expiresAt' | 'maxUses' | 'allowedEmailDomains';
const FIELDS: readonly string[] = ['expiresAt', 'maxUses', 'allowedEmailDomains'];

/**
 * The form every screen creates an invitation with; the screen passes its own mutation (`create`,
 * which refetches what that screen lists). Without INVITATIONS_CREATE the viewer creates as a
 * group's leader: students only, into groups they lead (the server checks both; `groups` should
 * then be only theirs).
 */
export function CreateInvitationForm({
  school,
  groups = [],
  group,
  create,
  title = 'Create an invitation',
  rules,
}: {
  school: ViewerSchool;
  /** The live groups a new invitation may join, to pick from. */
  groups?: readonly GroupOption[];
  /** The one group every invitation made here joins (that group's own page): nothing to pick. */
  group?: GroupOption;
  create: (input: CreateInvitationInput) => Promise<Row | null | undefined>;
  title?: string;
  /**
   * The school's policy, for viewers who may read it: the form offers only what it allows and
   * says why. Without it the server's answer still names the field it refused.
   */
  rules?: InvitationRules | null;
}) {
  const asLeader = !viewerCan(school, 'INVITATIONS_CREATE');
  const roles: readonly SchoolRole[] = asLeader
    ? LEADER_GRANTABLE_ROLES
    : school.viewerGrantableRoles;
  // A leader with one group invites into it; nobody else gets a group they did not pick.
  const preselected = asLeader && !group && groups.length === 1 ? [groups[0]!.id] : [];
  const [form, setForm] = useState(() => safeDefaults(roles, preselected, rules));
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setFieldErrors({});
  };
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [loading, setLoading] = useState(false);
  const [created, setCreated] = useState<Row | null>(null);
  const groupIds = group ? [group.id] : form.groupIds;
  const expiryChoices = expiryOptions(rules, form.role);
  const limited = mustBeLimited(rules, form.role);
  const lastDate = lastAllowedDate(rules);
  const policyLines = rulesInWords(rules);
  const schoolDomains = rules?.allowedEmailDomains ?? [];
  // What the policy refuses in the current choices, said beside the field before anyone submits.
  const expiryProblem = !expiryChoices.some((option) => option.value === form.expiry)
    ? limited
      ? 'Invitations for teachers and admins must stop working at some point in this school.'
      : `This school's invitations must stop working within ${rules?.maxExpiryDays} days.`
    : form.expiry === 'date' && lastDate && form.date > lastDate
      ? `Choose a day up to ${lastDate}: this school's invitations stop working within ${rules?.maxExpiryDays} days.`
      : null;
  const usesProblem =
    limited && form.uses === 'unlimited'
      ? 'Invitations for teachers and admins need a limit on people in this school.'
      : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setFieldErrors({});
    if (expiryProblem || usesProblem) return;
    if (form.expiry === 'date' && !form.date)
      return setError('Choose the date the invitation should stop working.');
    if (asLeader && groupIds.length === 0)
      return setError('Choose at least one of your groups for the invitation to join.');
    setLoading(true);
    try {
      const made = await create({
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
        groupIds,
        ...(form.domains.length > 0 ? { allowedEmailDomains: form.domains } : {}),
      });
      setCreated(made ?? null);
      // The panel below says what was made; the next invitation starts from the safe defaults,
      // not from a role, limit or group chosen for the last one.
      setForm(safeDefaults(roles, preselected, rules));
    } catch (caught) {
      const problem = readableError(caught);
      if (problem.code === 'BAD_USER_INPUT' && problem.field && FIELDS.includes(problem.field))
        setFieldErrors({ [problem.field]: fieldMessage(problem) });
      else setError(problem.message);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit}>
        <Stack>
          <Title order={2} size="h4">
            {title}
          </Title>
          {asLeader && (
            <Text size="sm" c="dimmed" mt={-8}>
              As a group's leader you invite students, into groups you lead.
            </Text>
          )}
          {policyLines.length > 0 && (
            <div data-testid="invitation-rules">
              <Text size="sm" fw={500}>
                This school's rules for new invitations
              </Text>
              <Text component="ul" size="sm" c="dimmed" my={0} pl="md">
                {policyLines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </Text>
            </div>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="sm">
            <TextInput
              label="Where will you share it?"
              placeholder="e.g. Parents newsletter, Year 7 classroom"
              maxLength={LIMITS.invitationLabelMax}
              value={form.label}
              onChange={(e) => set('label', e.currentTarget.value)}
            />
            {roles.length === 1 ? (
              // One role to give (a group's leader gives student): said, not offered as a choice.
              <TextInput label="Joins as" value={roleLabel(roles[0]!)} readOnly variant="filled" />
            ) : (
              <Select
                label="Joins as"
                data={roles.map((value) => ({ value, label: roleLabel(value) }))}
                value={form.role}
                onChange={(value) => value && set('role', value)}
                allowDeselect={false}
              />
            )}
            {!group && (groups.length > 0 || asLeader) && (
              <Suspense fallback={<Skeleton h={60} />}>
                <GroupsPicker
                  label={asLeader ? 'Joins your groups' : 'Also joins groups'}
                  placeholder={
                    form.groupIds.length ? undefined : asLeader ? 'Pick one or more' : 'Optional'
                  }
                  data={groups.map(({ id, name }) => ({ value: id, label: name }))}
                  value={form.groupIds}
                  onChange={(value) => set('groupIds', value)}
                  maxValues={LIMITS.invitationGroupsMax}
                  withAsterisk={asLeader}
                />
              </Suspense>
            )}
            <Select
              label="Stops working after"
              data={expiryChoices}
              value={form.expiry}
              onChange={(v) => set('expiry', v ?? defaultExpiry(rules))}
              allowDeselect={false}
              withAsterisk={rules?.maxExpiryDays != null || limited}
              error={form.expiry !== 'date' ? (expiryProblem ?? fieldErrors.expiresAt) : undefined}
            />
            {form.expiry === 'date' && (
              <TextInput
                label="Last day"
                type="date"
                value={form.date}
                min={new Date().toISOString().slice(0, 10)}
                max={lastDate}
                onChange={(e) => set('date', e.currentTarget.value)}
                error={expiryProblem ?? fieldErrors.expiresAt}
              />
            )}
            <Select
              label="How many people can join"
              data={USES.map((option) =>
                option.value === 'unlimited' && limited ? { ...option, disabled: true } : option,
              )}
              value={form.uses}
              onChange={(v) => set('uses', v ?? 'unlimited')}
              allowDeselect={false}
              withAsterisk={limited}
              error={usesProblem ?? fieldErrors.maxUses}
            />
            {form.uses === 'number' && (
              <NumberInput
                label="Number of people"
                min={1}
                max={LIMITS.invitationMaxUsesMax}
                value={form.count}
                onChange={(v) => set('count', v)}
                error={fieldErrors.maxUses}
              />
            )}
            {schoolDomains.length > 0 && (
              <Suspense fallback={<Skeleton h={60} />}>
                <DomainsPicker
                  label="Only for email domains"
                  description={`Optional: leave empty for all of ${schoolDomains.join(', ')}`}
                  placeholder={form.domains.length ? undefined : 'All the school allows'}
                  data={[...schoolDomains]}
                  value={form.domains}
                  onChange={(value) => set('domains', value)}
                  maxTags={LIMITS.emailDomainsMax}
                  error={fieldErrors.allowedEmailDomains}
                />
              </Suspense>
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
                // The poster lives in School settings → Invites, which a group's leader cannot open.
                printPath={
                  viewerCan(school, 'INVITATIONS_VIEW')
                    ? `/schools/${school.slug}/settings/invites/${created.id}/print`
                    : undefined
                }
              />
            </SuccessPanel>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
