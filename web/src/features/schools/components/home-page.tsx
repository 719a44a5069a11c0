import {
  Alert,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../../lib/document-title';
import { readableError } from '../../../lib/error-message';
import { roleInText } from '../../../lib/labels';
import { useViewer } from '../../../lib/viewer/viewer';
import { useCreateSchool } from '../api/create-school';
import { ConfirmEmailNotice } from './confirm-email-notice';

/** Links to /sign-in and /join are plain: those pages are the join app (see app/pages.ts). */
export function HomePage() {
  const { me, schools, loading } = useViewer();
  useDocumentTitle(loading ? null : me ? 'Your schools' : 'Invite your school in');
  if (loading) return <Text>Loading…</Text>;
  if (!me) {
    return (
      <Stack align="flex-start" py="xl">
        <Title order={1}>Invite your school in</Title>
        <Text size="lg">
          Share a link or a short code; children, parents and teachers join in seconds.
        </Text>
        <Group>
          <Button component="a" href="/sign-in">
            Sign in or create an account
          </Button>
          <Button component="a" href="/join" variant="light">
            Have a code?
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack>
      <Title order={1}>Your schools</Title>
      <ConfirmEmailNotice />
      {schools.length === 0 && (
        <Text>You are not in a school yet. Join one with a code, or create one below.</Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        {schools.map((school) => (
          <Card key={school.id} withBorder component={Link} to={`/schools/${school.slug}`} miw={0}>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {school.name}
            </Text>
            <Text size="sm" c="dimmed">
              {roleInText(school.viewerRole)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <CreateSchoolForm />
      <Group>
        <Button component="a" href="/join" variant="light">
          Have a code? Join a school
        </Button>
      </Group>
    </Stack>
  );
}

function CreateSchoolForm() {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [createSchool, { loading }] = useCreateSchool();
  const navigate = useNavigate();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = await createSchool({ variables: { input: { name } } });
      await navigate(`/schools/${result.data!.createSchool.slug}`);
    } catch (caught) {
      setError(readableError(caught).message);
    }
  };
  return (
    <form onSubmit={submit}>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label="Create a school"
          placeholder="School name"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          style={{ flex: '1 1 220px', maxWidth: 420 }}
        />
        <Button type="submit" loading={loading}>
          Create school
        </Button>
      </Group>
      <div aria-live="polite">
        {error && (
          <Alert color="red" mt="sm">
            {error}
          </Alert>
        )}
      </div>
    </form>
  );
}
