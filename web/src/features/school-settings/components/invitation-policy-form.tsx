import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Switch,
  TagsInput,
  Text,
  Title,
} from '@mantine/core';
import { LIMITS } from '@school-invites/shared';
import { useState, type FormEvent } from 'react';
import { fieldMessage, readableError } from '../../../lib/error-message';
import { useUpdateInvitationPolicy } from '../api/update-invitation-policy';

export interface Policy {
  allowedEmailDomains: readonly string[];
  maxExpiryDays: number | null;
  staffInvitationsMustBeLimited: boolean;
}

type Field = keyof Policy;
const FIELDS: readonly string[] = [
  'allowedEmailDomains',
  'maxExpiryDays',
  'staffInvitationsMustBeLimited',
];

/**
 * The owner's rules for new invitations (SCHOOL_MANAGE). The server normalises the domains
 * ("@Example.org" becomes example.org) and names the field it refuses; the form shows what it
 * stored.
 */
export function InvitationPolicyForm({ schoolId, policy }: { schoolId: string; policy: Policy }) {
  const [domains, setDomains] = useState<string[]>([...policy.allowedEmailDomains]);
  const [maxDays, setMaxDays] = useState<number | string>(policy.maxExpiryDays ?? '');
  const [staffLimited, setStaffLimited] = useState(policy.staffInvitationsMustBeLimited);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useUpdateInvitationPolicy();
  const changed = () => {
    setSaved(false);
    setErrors({});
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setErrors({});
    setSaved(false);
    try {
      const { data } = await update({
        variables: {
          schoolId,
          input: {
            allowedEmailDomains: domains,
            maxExpiryDays: maxDays === '' ? null : Number(maxDays),
            staffInvitationsMustBeLimited: staffLimited,
          },
        },
      });
      const stored = data?.updateInvitationPolicy.invitationPolicy;
      if (stored) setDomains([...stored.allowedEmailDomains]);
      setSaved(true);
    } catch (caught) {
      const problem = readableError(caught);
      if (problem.code === 'BAD_USER_INPUT' && problem.field && FIELDS.includes(problem.field))
        setErrors({ [problem.field]: fieldMessage(problem) });
      else setError(problem.message);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="policy-heading">
      <form onSubmit={submit} noValidate>
        <Stack>
          <div>
            <Title order={2} size="h4" id="policy-heading">
              Invitation policy
            </Title>
            <Text size="sm" c="dimmed">
              Rules every new invitation must follow. Existing invitations keep their own limits;
              the email domains also apply to them, at every join.
            </Text>
          </div>
          <TagsInput
            label="Allowed email domains"
            description="Only people with a confirmed address at one of these (or a subdomain) can join. Leave empty to let anyone join. Press Enter after each."
            placeholder={domains.length ? undefined : 'e.g. riverside.sch.uk'}
            value={domains}
            onChange={(value) => {
              setDomains(value);
              changed();
            }}
            splitChars={[',', ' ', ';']}
            maxTags={LIMITS.emailDomainsMax}
            clearable
            error={errors.allowedEmailDomains}
          />
          <NumberInput
            label="Longest an invitation may last (days)"
            description="New invitations must stop working within this many days. Leave empty for no limit."
            placeholder="No limit"
            min={1}
            max={LIMITS.policyExpiryDaysMax}
            allowDecimal={false}
            allowNegative={false}
            value={maxDays}
            onChange={(value) => {
              setMaxDays(value);
              changed();
            }}
            error={errors.maxExpiryDays}
            maw={320}
          />
          <Switch
            label="Staff invitations must be limited"
            description="Invitations for teachers and admins need an end date and a limit on people."
            checked={staffLimited}
            onChange={(event) => {
              setStaffLimited(event.currentTarget.checked);
              changed();
            }}
            error={errors.staffInvitationsMustBeLimited}
          />
          <div aria-live="polite">
            {error ? (
              <Alert color="red">{error}</Alert>
            ) : saved ? (
              <Text size="sm" c="teal.9" data-testid="policy-saved">
                Saved. New invitations follow these rules from now on.
              </Text>
            ) : null}
          </div>
          <Group>
            <Button type="submit" loading={loading}>
              Save policy
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
