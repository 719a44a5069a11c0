import './app/mantine-styles';
import './app/print.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './lib/apollo';
import { ViewerQuery } from './lib/viewer/viewer';
import { Providers } from './app/providers';
import { AppRouter } from './app/router';

const client = createApolloClient();
// Every admin screen first asks who is signed in: asking now runs it alongside the download of the
// screen's own code, instead of after it (the screen's query joins this one in flight).
void client.query({ query: ViewerQuery }).catch(() => undefined);

// A transition: React renders the first screen in slices and lets the phone breathe between
// them, instead of one long task that blocks input.
startTransition(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Providers client={client}>
        <AppRouter />
      </Providers>
    </StrictMode>,
  ),
);
