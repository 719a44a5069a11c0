import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Anchor, AppShell, Button, Container, Group, Menu, Text } from '@mantine/core';
import { Link, Outlet, useNavigate } from 'react-router';
import { SignOutMutation, ViewerQuery } from '../features/auth/api/viewer';

export function AppShellLayout() {
  const { data } = useQuery(ViewerQuery);
  const [signOut] = useMutation(SignOutMutation);
  const client = useApolloClient();
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
              {data?.me ? (
                <>
                  {data.mySchools.length > 0 && (
                    <Menu position="bottom-end">
                      <Menu.Target>
                        <Button size="xs" variant="default">
                          Schools
                        </Button>
                      </Menu.Target>
                      <Menu.Dropdown>
                        {data.mySchools.map((school) => (
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
                    {data.me.name}
                  </Text>
                  <Button
                    size="xs"
                    variant="subtle"
                    onClick={async () => {
                      await signOut();
                      await client.clearStore();
                      await navigate('/');
                      await client.refetchQueries({ include: 'active' });
                    }}
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
