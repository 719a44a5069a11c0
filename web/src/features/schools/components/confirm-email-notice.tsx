import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Text } from '@mantine/core';
import { useState } from 'react';
import { readableError } from '../../../lib/error-message';
import { RequestEmailVerificationMutation } from '../../../lib/viewer/request-email-verification';
import { EmailConfirmationQuery } from '../api/email-confirmation';

/**
 * For a signed-in viewer whose address is not confirmed yet: schools that allow only their own
 * email domains need it confirmed before anyone joins, so the home page offers the link.
 */
export function ConfirmEmailNotice() {
  const { data } = useQuery(EmailConfirmationQuery);
  const [request, { loading }] = useMutation(RequestEmailVerificationMutation);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (data?.me?.emailVerified !== false) return null;

  const send = async () => {
    setError(null);
    try {
      await request();
      setSent(true);
    } catch (caught) {
      const problem = readableError(caught);
      setError(
        problem.reason === 'MAIL_OFF'
          ? 'This site cannot send email yet. Ask whoever runs it to set up mail.'
          : problem.message,
      );
    }
  };

  return (
    <Alert color="blue" variant="light" title="Confirm your email" data-testid="confirm-email">
      <Text size="sm">
        Some schools only let people with a confirmed school email address join. We can email you a
        link that confirms yours.
      </Text>
      <div aria-live="polite">
        {sent ? (
          <Text size="sm" mt="xs" fw={500}>
            We sent you a link. Open it within 30 minutes; nothing there? Check your spam folder.
          </Text>
        ) : error ? (
          <Text size="sm" mt="xs" c="red.8">
            {error}
          </Text>
        ) : null}
      </div>
      <Button
        size="xs"
        mt="sm"
        variant={sent ? 'default' : 'filled'}
        loading={loading}
        onClick={() => void send()}
      >
        {sent ? 'Send another link' : 'Send me a confirmation link'}
      </Button>
    </Alert>
  );
}
