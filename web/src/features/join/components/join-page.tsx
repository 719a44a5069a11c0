import { Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { CodeInput } from './code-input';
import { InvitationJoin } from './invitation-join';

export function JoinPage() {
  const [credentials, setCredentials] = useState<{ token: string } | { code: string } | null>(null);
  return (
    <Stack maw={520} mx="auto">
      <Title order={1}>Join a school</Title>
      {credentials ? (
        <>
          <InvitationJoin {...credentials} />
          <Button variant="subtle" onClick={() => setCredentials(null)}>
            Use a different code
          </Button>
        </>
      ) : (
        <>
          <Text>Type the code your school gave you.</Text>
          <CodeInput onSubmit={setCredentials} />
        </>
      )}
    </Stack>
  );
}
