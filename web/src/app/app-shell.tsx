import { Anchor, AppShell, Button, Container, Group, Menu, Text } from '@mantine/core';
import { Link, Outlet } from 'react-router';
import { signOut } from '../lib/viewer/sign-out';
import { useViewer } from '../lib/viewer/viewer';

/**
 * The admin app's frame. Links to /join and /sign-in are plain links: those pages belong to the
 * join app (see pages.ts) and load as documents.
 */
export function AppShellLayout() {
  const { me, schools } = useViewer();

  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Container size="xl" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
            <Anchor
              component={Link}
              to="/"
              fw={700}
              size="lg"
              underline="never"
              style={{ whiteSpace: 'nowrap' }}
            >
              school-invites
            </Anchor>
            <Group component="nav" aria-label="Account" gap="xs" wrap="nowrap" miw={0}>
              <Anchor href="/join" size="sm" visibleFrom="xs" style={{ whiteSpace: 'nowrap' }}>
                Have a code?
              </Anchor>
              {me ? (
                <>
                  {/* In the header (its banner landmark), and with no focus placeholder inside
                      role="menu" (axe rightly flags it): opening it focuses the first item. */}
                  <Menu
                    position="bottom-end"
                    withinPortal={false}
                    withInitialFocusPlaceholder={false}
                  >
                    <Menu.Target>
                      <Button size="xs" variant="default">
                        Schools
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown maw="calc(100vw - 2rem)">
                      {schools.map((school) => (
                        <Menu.Item
                          key={school.id}
                          component={Link}
                          to={`/schools/${school.slug}`}
                          style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}
                        >
                          {school.name}
                        </Menu.Item>
                      ))}
                      {schools.length > 0 && <Menu.Divider />}
                      <Menu.Item component={Link} to="/">
                        Create a school
                      </Menu.Item>
                      <Menu.Item component="a" href="/join">
                        Join with a code
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                  <Text size="sm" visibleFrom="md" style={{ whiteSpace: 'nowrap' }}>
                    {me.name}
                  </Text>
                  <Button
                    size="xs"
                    variant="subtle"
                    onClick={async () => {
                      await signOut();
                      // A fresh home page: nothing cached for the previous viewer survives.
                      window.location.assign('/');
                    }}
                  >
                    Sign out
                  </Button>
                </>
              ) : (
                <Button size="xs" component="a" href="/sign-in">
                  Sign in
                </Button>
              )}
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="xl" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
