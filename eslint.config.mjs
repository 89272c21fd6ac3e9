import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default [
  {
    ignores: [
      '**/node_modules',
      '**/dist',
      '**/.data',
      'libs/web/graphql/src/generated.ts',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  ...tseslint.configs.recommended,
  {
    // Type-aware rules for what the compiler lets through: a forgotten `await`, a promise where a callback is
    // expected, a `switch` that misses a member of the union it switches on.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // react-router's `navigate` is typed to maybe return a promise (data routers), but it never rejects and
          // under <BrowserRouter> it returns nothing: there is nothing to await or to catch.
          allowForKnownSafeCalls: [{ from: 'package', package: 'react-router', name: 'NavigateFunction' }],
        },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          // The app loads the planning, requests, rubrics and newsroom pages lazily; their messages, the newsroom's addresses
          // and the login page come statically through these small second entry points, which hold no pages of their own.
          checkDynamicDependenciesExceptions: [
            '@planbord/web-identity/login',
            '@planbord/web-overview/i18n',
            '@planbord/web-planning/i18n',
            '@planbord/web-requests/i18n',
            '@planbord/web-rubrics/i18n',
            '@planbord/web-newsroom/i18n',
            '@planbord/web-newsroom/routes',
          ],
          depConstraints: [
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util'] },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'],
            },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            {
              sourceTag: 'scope:web',
              onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'express'],
            },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: [
                '@nestjs/*',
                'typeorm',
                'pg',
                'express',
                'react',
                'react-dom',
                '@apollo/*',
                'graphql',
              ],
            },
          ],
        },
      ],
    },
  },
  {
    // Web features never import each other; only the app composes them.
    files: ['libs/web/**/*.ts', 'libs/web/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@planbord/web-*', '!@planbord/web-ui', '!@planbord/web-graphql'],
              message: 'Web features never import each other.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
];
