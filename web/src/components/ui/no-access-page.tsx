import { Alert, Button, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NoAccessPage({ what, backTo }: { what: string; backTo: string }) {
  return (
    <Stack align="flex-start">
      <Title order={1}>You don't have access</Title>
      <Alert color="yellow" title="Ask a school administrator">
        Only people who manage invitations can see {what}. If you need access, ask the school's owner or an administrator.
      </Alert>
      <Button component={Link} to={backTo} variant="light">
        Back to the school
      </Button>
    </Stack>
  );
}
