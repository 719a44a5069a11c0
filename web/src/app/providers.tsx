import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { createTheme, MantineProvider } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { createApolloClient } from '../lib/apollo';

const theme = createTheme({ primaryColor: 'indigo', defaultRadius: 'md' });

export function Providers({ children, client }: { children: ReactNode; client?: ApolloClient }) {
  const [apollo] = useState(() => client ?? createApolloClient());
  return (
    <ApolloProvider client={apollo}>
      <MantineProvider theme={theme}>{children}</MantineProvider>
    </ApolloProvider>
  );
}
