import { Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { formatInviteCode } from '@school-invites/shared';
import { QRCodeSVG } from 'qrcode.react';
import { Link } from 'react-router';

/** The code and the link, large, with copy buttons, a QR code of the link and a print view. */
export function SharePanel({ code, link, printPath }: { code: string; link: string; printPath?: string }) {
  const grouped = formatInviteCode(code);
  return (
    <Group align="flex-start" gap="xl" wrap="wrap">
      <QRCodeSVG value={link} size={132} marginSize={2} title={`QR code of ${link}`} role="img" aria-label="QR code of the invitation link" />
      <Stack gap="xs" style={{ minWidth: 0, flex: 1 }}>
        <Text size="sm" fw={600}>
          Code
        </Text>
        <Group gap="xs">
          <Code fz={28} fw={700} style={{ letterSpacing: '0.08em' }} data-testid="share-code">
            {grouped}
          </Code>
          <CopyButton value={grouped}>{({ copied, copy }) => <Button size="xs" onClick={copy}>{copied ? 'Copied' : 'Copy code'}</Button>}</CopyButton>
        </Group>
        <Text size="sm" fw={600}>
          Link
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Code style={{ overflowWrap: 'anywhere' }} data-testid="share-link">
            {link}
          </Code>
          <CopyButton value={link}>{({ copied, copy }) => <Button size="xs" onClick={copy}>{copied ? 'Copied' : 'Copy link'}</Button>}</CopyButton>
        </Group>
        {printPath && (
          <Group>
            <Button component={Link} to={printPath} variant="light" size="xs">
              Print for a classroom wall
            </Button>
          </Group>
        )}
      </Stack>
    </Group>
  );
}
