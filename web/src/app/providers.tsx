import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { createTheme, MantineProvider, type CSSVariablesResolver } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { createApolloClient } from '../lib/apollo';

// Darker shades than the defaults, so text, links and buttons meet WCAG AA contrast (4.5:1).
const theme = createTheme({ primaryColor: 'indigo', primaryShade: { light: 8, dark: 6 }, defaultRadius: 'md' });
const contrast: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});

export function Providers({ children, client }: { children: ReactNode; client?: ApolloClient }) {
  const [apollo] = useState(() => client ?? createApolloClient());
  return (
    <ApolloProvider client={apollo}>
      <MantineProvider theme={theme} cssVariablesResolver={contrast}>{children}</MantineProvider>
    </ApolloProvider>
  );
}
