/** A school's policy for new invitations, as School.invitationPolicy answers it. */
export interface InvitationRules {
  allowedEmailDomains: readonly string[];
  maxExpiryDays: number | null;
  staffInvitationsMustBeLimited: boolean;
}

const DAY_MS = 86_400_000;
const PRESET_DAYS = [1, 7, 30];

/** Roles the server counts as staff for staffInvitationsMustBeLimited. */
export function isStaffRole(role: string): boolean {
  return role === 'TEACHER' || role === 'ADMIN';
}

/** Whether an invitation for `role` must have an end date and a usage limit. */
export function mustBeLimited(rules: InvitationRules | null | undefined, role: string): boolean {
  return Boolean(rules?.staffInvitationsMustBeLimited && isStaffRole(role));
}

/**
 * "Stops working after" choices the policy allows: the presets within the cap, the cap itself
 * when it is not a preset, a date, and "Never" only without a cap (and, for staff under the
 * staff rule, not at all).
 */
export function expiryOptions(rules: InvitationRules | null | undefined, role: string) {
  const cap = rules?.maxExpiryDays ?? null;
  const days = PRESET_DAYS.filter((n) => cap === null || n <= cap);
  if (cap !== null && !days.includes(cap)) days.push(cap);
  return [
    ...days.map((n) => ({
      value: String(n),
      label: `${n} ${n === 1 ? 'day' : 'days'}${n === cap && !PRESET_DAYS.includes(n) ? ' (the longest allowed)' : ''}`,
    })),
    { value: 'date', label: 'On a date…' },
    ...(cap === null && !mustBeLimited(rules, role) ? [{ value: 'never', label: 'Never' }] : []),
  ];
}

/** The week a new invitation lasts by default, or the longest the policy allows when shorter. */
export function defaultExpiry(rules: InvitationRules | null | undefined): string {
  const cap = rules?.maxExpiryDays ?? null;
  if (cap === null || cap >= 7) return '7';
  return String(cap >= 1 ? cap : 1);
}

/** `yyyy-mm-dd` of the last day whose end (23:59:59 local) is within the cap, or undefined without one. */
export function lastAllowedDate(
  rules: InvitationRules | null | undefined,
  now = Date.now(),
): string | undefined {
  const cap = rules?.maxExpiryDays ?? null;
  if (cap === null) return undefined;
  const latest = new Date(now + cap * DAY_MS);
  const endOfThatDay = new Date(latest);
  endOfThatDay.setHours(23, 59, 59, 0);
  const last =
    endOfThatDay.getTime() > latest.getTime() ? new Date(latest.getTime() - DAY_MS) : latest;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${last.getFullYear()}-${pad(last.getMonth() + 1)}-${pad(last.getDate())}`;
}

/** The policy in sentences, as the form shows it before anyone submits. */
export function rulesInWords(rules: InvitationRules | null | undefined): string[] {
  if (!rules) return [];
  const lines: string[] = [];
  if (rules.maxExpiryDays !== null)
    lines.push(
      `Every invitation must stop working within ${rules.maxExpiryDays} ${rules.maxExpiryDays === 1 ? 'day' : 'days'}.`,
    );
  if (rules.staffInvitationsMustBeLimited)
    lines.push('Invitations for teachers and admins need an end date and a limit on people.');
  if (rules.allowedEmailDomains.length > 0)
    lines.push(
      `Only people with a confirmed email address at ${rules.allowedEmailDomains.join(', ')} can join.`,
    );
  return lines;
}
