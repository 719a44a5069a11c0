import { Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { formatInviteCode } from '@school-invites/shared';
import { QRCodeSVG } from 'qrcode.react';
import { Link } from 'react-router';

/**
 * The code and the link, large, with copy buttons, a QR code of the link and a print view. The
 * buttons sit under what they copy, so a long link never squeezes them.
 */
export function SharePanel({
  code,
  link,
  printPath,
}: {
  code: string;
  link: string;
  printPath?: string;
}) {
  const grouped = formatInviteCode(code);
  return (
    <Group align="flex-start" gap="lg" wrap="wrap">
      <QRCodeSVG
        value={link}
        size={132}
        marginSize={2}
        title={`QR code of ${link}`}
        role="img"
        aria-label="QR code of the invitation link"
        style={{ flex: 'none' }}
      />
      <Stack gap="xs" style={{ minWidth: 0, flex: '1 1 220px' }}>
        <Text size="sm" fw={600}>
          Code
        </Text>
        <Group gap="xs" wrap="wrap">
          <Code
            fz={26}
            fw={700}
            style={{ letterSpacing: '0.06em', whiteSpace: 'nowrap' }}
            data-testid="share-code"
          >
            {grouped}
          </Code>
          <CopyButton value={grouped}>
            {({ copied, copy }) => (
              <Button size="xs" onClick={copy}>
                {copied ? 'Copied' : 'Copy code'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm" fw={600}>
          Link
        </Text>
        <Code
          style={{
            display: 'block',
            overflowWrap: 'anywhere',
            whiteSpace: 'normal',
            padding: '6px 8px',
          }}
          data-testid="share-link"
        >
          {link}
        </Code>
        <Group gap="xs" wrap="wrap">
          <CopyButton value={link}>
            {({ copied, copy }) => (
              <Button size="xs" onClick={copy}>
                {copied ? 'Copied' : 'Copy link'}
              </Button>
            )}
          </CopyButton>
          {printPath && (
            <Button component={Link} to={printPath} variant="light" size="xs">
              Print for a classroom wall
            </Button>
          )}
        </Group>
      </Stack>
    </Group>
  );
}
