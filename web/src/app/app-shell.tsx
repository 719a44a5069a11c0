import { Anchor, AppShell, Button, Container, Group, Menu, Text } from '@mantine/core';
import { Link, Outlet, useNavigate } from 'react-router';
import { useSignOut } from '../lib/viewer/sign-out';
import { useViewer } from '../lib/viewer/viewer';

export function AppShellLayout() {
  const { me, schools } = useViewer();
  const signOut = useSignOut();
  const navigate = useNavigate();

  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Container size="xl" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Anchor component={Link} to="/" fw={700} size="lg" underline="never">
              school-invites
            </Anchor>
            <Group gap="sm" wrap="nowrap">
              <Anchor component={Link} to="/join" size="sm">
                Have a code?
              </Anchor>
              {me ? (
                <>
                  {schools.length > 0 && (
                    <Menu position="bottom-end">
                      <Menu.Target>
                        <Button size="xs" variant="default">
                          Schools
                        </Button>
                      </Menu.Target>
                      <Menu.Dropdown>
                        {schools.map((school) => (
                          <Menu.Item key={school.id} component={Link} to={`/schools/${school.slug}`}>
                            {school.name}
                          </Menu.Item>
                        ))}
                        <Menu.Divider />
                        <Menu.Item component={Link} to="/">
                          Create a school
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  )}
                  <Text size="sm" visibleFrom="xs">
                    {me.name}
                  </Text>
                  <Button
                    size="xs"
                    variant="subtle"
                    onClick={() => void signOut(() => navigate('/'))}
                  >
                    Sign out
                  </Button>
                </>
              ) : (
                <Button size="xs" component={Link} to="/sign-in">
                  Sign in
                </Button>
              )}
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="xl" component="main">
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
