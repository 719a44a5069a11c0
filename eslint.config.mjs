import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The web app's layers import one way only: lib/ and components/ (and the test helpers) -> features/
 * -> app/. A feature never imports another feature: what two features share moves to lib/ or
 * components/ui/, and app/ (router, shell) composes features. One block per feature folder, so each
 * may import itself; relative imports are matched by where they lead (`../../invites/…`,
 * `…/features/invites/…`), which assumes no feature has a sub-folder named like another feature.
 */
const WEB_FEATURES = readdirSync(new URL('./web/src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const UP_INTO_APP = String.raw`^\.{1,2}/(.*/)?app(/|$)`;
const webBoundaries = [
  ...WEB_FEATURES.map((feature) => {
    const others = WEB_FEATURES.filter((name) => name !== feature).join('|');
    const patterns = [
      {
        regex: UP_INTO_APP,
        message: 'A feature does not import the app shell or router; app/ imports features.',
      },
    ];
    if (others) {
      patterns.push({
        regex: String.raw`^(\.\./)+(${others})(/|$)|^\.{1,2}/(.*/)?features/(${others})(/|$)`,
        message: `Features do not import each other: move what ${feature} shares with another feature to web/src/lib or web/src/components/ui.`,
      });
    }
    return {
      files: [`web/src/features/${feature}/**`],
      rules: { 'no-restricted-imports': ['error', { patterns }] },
    };
  }),
  {
    files: ['web/src/lib/**', 'web/src/components/**', 'web/src/test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^\.{1,2}/(.*/)?(features|app)(/|$)`,
              message:
                'Shared code (lib, components, test helpers) never imports a feature or the app: they build on it.',
            },
          ],
        },
      ],
    },
  },
];

const SHIPPED = ['server/src/**/*.ts', 'shared/src/**/*.ts', 'web/src/**/*.{ts,tsx}'];
const SPECS = [
  'server/src/**/*.spec.ts',
  'server/test/**/*.ts',
  'shared/src/**/*.spec.ts',
  'web/src/**/*.spec.{ts,tsx}',
  'web/src/test/**',
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'web/src/gql/**',
      'web/e2e/artifacts/**',
      '**/coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  // Type-aware rules for the code that ships. Specs read GraphQL answers as `any` by design, so
  // they keep the plain rules plus the two type-aware ones that catch a forgotten await.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({
    ...config,
    files: SHIPPED,
    ignores: ['**/*.spec.ts', '**/*.spec.tsx', 'web/src/test/**'],
  })),
  {
    files: [...SHIPPED, ...SPECS],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: SHIPPED,
    rules: {
      // Apollo's plugin hooks must return promises, with or without anything to await.
      '@typescript-eslint/require-await': 'off',
      // React event handlers may be async; what they return is ignored by design.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    files: SPECS,
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  // Only config.ts reads the environment; everything else is given its configuration.
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/config.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration in server/src/config.ts and pass it in.',
        },
      ],
    },
  },
  // Hooks called in the same order on every render, with the dependencies they read.
  { files: ['web/src/**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },
  // The web app and the browser tests' page callbacks run in a browser.
  { files: ['web/**'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  ...webBoundaries,
);
