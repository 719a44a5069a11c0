import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './vite-plugins/graphql-documents';
import { pages } from './vite-plugins/pages';
import { precompress } from './vite-plugins/precompress';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    graphqlDocuments({ generated: here('src/gql/graphql.ts') }),
    pages(),
    precompress(),
  ],
  server: {
    port: 5173,
    // The API runs beside Vite in `pnpm dev`.
    proxy: {
      '/graphql': 'http://127.0.0.1:4000',
      '/api': 'http://127.0.0.1:4000',
      '/healthz': 'http://127.0.0.1:4000',
    },
  },
  build: {
    sourcemap: true,
    // dist/.vite/manifest.json: what each page and lazy screen loads, read by scripts/bundle-budget.mjs.
    manifest: true,
    rolldownOptions: {
      input: { index: here('index.html'), join: here('join.html') },
      // React in a chunk of its own, named for what it is: both pages load it, and it stays cached
      // across releases that do not upgrade it.
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
});
