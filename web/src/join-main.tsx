import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { JoinApp } from './app/join-app';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <JoinApp />
  </StrictMode>,
);
