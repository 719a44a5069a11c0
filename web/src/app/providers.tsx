import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { createTheme, MantineProvider, type CSSVariablesResolver } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { createApolloClient } from '../lib/apollo';

// Darker shades than the defaults, so text, links and buttons meet WCAG AA contrast (4.5:1).
const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: 'md',
});
const contrast: CSSVariablesResolver = () => ({
  variables: {},
  // The light variant (light buttons, alert titles) writes shade 9 on shade 1, and on shade 2 under
  // the pointer: red reads 3.8:1 there, indigo 4.1:1, yellow 2.7:1 at rest. Darker text reads 5:1+.
  // White on red's shade 8 reads 4.51:1, which a dialog still fading in drops below 4.5: filled
  // red buttons (destructive confirmations) use shade 9, 5.5:1.
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-red-filled': 'var(--mantine-color-red-9)',
    '--mantine-color-red-filled-hover': '#a61e1e',
    '--mantine-color-red-light-color': '#a61e1e',
    '--mantine-color-indigo-light-color': '#2f44b0',
    '--mantine-color-yellow-light-color': '#7a4a00',
  },
  dark: {},
});

export function Providers({ children, client }: { children: ReactNode; client?: ApolloClient }) {
  const [apollo] = useState(() => client ?? createApolloClient());
  return (
    <ApolloProvider client={apollo}>
      <MantineProvider theme={theme} cssVariablesResolver={contrast}>
        {children}
      </MantineProvider>
    </ApolloProvider>
  );
}
