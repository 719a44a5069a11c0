import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A bordered panel announcing a result; plain text colours keep it readable for everyone. */
export function SuccessPanel({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="md" style={{ borderLeft: '4px solid var(--mantine-color-teal-9)' }} data-testid={testId} role="status">
      <Text fw={700} mb="sm">
        {title}
      </Text>
      {children}
    </Paper>
  );
}
