import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { AuthForm } from '../../../lib/viewer/auth-form';

export function AuthPage() {
  const navigate = useNavigate();
  return (
    <Stack maw={420} mx="auto">
      <Title order={1}>Welcome</Title>
      <Paper withBorder p="lg">
        <AuthForm initialMode="sign-in" onDone={() => void navigate('/')} />
      </Paper>
      <Text size="sm">
        Got a code from your school? <Anchor component={Link} to="/join">Join with a code</Anchor>
      </Text>
    </Stack>
  );
}
