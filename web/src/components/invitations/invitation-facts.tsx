import { Button, CopyButton, Progress, Text, Tooltip } from '@mantine/core';
import { exactDateTime, relativeTime } from '../../lib/relative-time';

/*
 * Small pieces that show one fact about an invitation the same way in the list, its cards and the
 * details drawer.
 */

/** "G6eXCu…sbdQ1": the part of a link that tells it apart from the others (they share the host). */
export function linkTail(link: string): string {
  const token = link.split('/invite/')[1] ?? link;
  return token.length <= 14 ? token : `${token.slice(0, 6)}…${token.slice(-5)}`;
}

/** A small button that copies `value`, named for what it copies. */
export function CopyValue({ value, label }: { value: string; label: string }) {
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? 'Copied' : label}>
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={copy}
            aria-label={label}
            style={{ flex: 'none' }}
          >
            {copied ? 'Copied' : 'Copy'}
          </Button>
        </Tooltip>
      )}
    </CopyButton>
  );
}

export function Uses({
  useCount,
  maxUses,
}: {
  useCount: number;
  maxUses: number | null | undefined;
}) {
  return (
    <div>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {useCount} / {maxUses ?? '∞'}
      </Text>
      {maxUses ? (
        <Progress size="xs" value={Math.min(100, (100 * useCount) / maxUses)} aria-hidden />
      ) : null}
    </div>
  );
}

/** "2 hours ago", with the exact moment on hover. */
export function When({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={exactDateTime(iso)}>
      {relativeTime(iso)}
    </time>
  );
}

/** "in 7 days" and the exact moment beside it: a date that matters is never only relative. */
export function Expiry({
  expiresAt,
  inline = false,
}: {
  expiresAt: string | null | undefined;
  inline?: boolean;
}) {
  if (!expiresAt) return <>Never</>;
  return inline ? (
    <>
      {relativeTime(expiresAt)} <time dateTime={expiresAt}>({exactDateTime(expiresAt)})</time>
    </>
  ) : (
    <>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {relativeTime(expiresAt)}
      </Text>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        <time dateTime={expiresAt}>{exactDateTime(expiresAt)}</time>
      </Text>
    </>
  );
}
