import { Alert, Button, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../lib/document-title';

export function NoAccessPage({ what, backTo }: { what: string; backTo: string }) {
  useDocumentTitle('No access');
  return (
    <Stack align="flex-start">
      <Title order={1}>You don't have access</Title>
      <Alert color="yellow" title="Ask a school administrator">
        Your role in this school doesn't include {what}. If you need it, ask the school's owner or
        an administrator.
      </Alert>
      <Button component={Link} to={backTo} variant="light">
        Back to the school
      </Button>
    </Stack>
  );
}
