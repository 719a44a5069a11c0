import { Paper, Text } from '@mantine/core';
import type { ReactNode, Ref } from 'react';

/**
 * A bordered panel announcing a result; plain text colours keep it readable for everyone. It can
 * take the focus (`ref`) when it replaces the button that was pressed.
 */
export function SuccessPanel({
  title,
  children,
  testId,
  ref,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    <Paper
      withBorder
      p="md"
      style={{ borderLeft: '4px solid var(--mantine-color-teal-9)' }}
      data-testid={testId}
      role="status"
      ref={ref}
      tabIndex={-1}
      miw={0}
    >
      <Text fw={700} mb="sm">
        {title}
      </Text>
      {children}
    </Paper>
  );
}
