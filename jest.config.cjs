// Unit tests sit beside the code; integration tests boot the API against a real PostgreSQL; end-to-end tests drive
// the built app in headless Chromium. All TypeScript (and the ESM-only packages of Nest and Apollo) goes through SWC.
const { readFileSync } = require('node:fs');

const swc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
const { paths } = JSON.parse(readFileSync(`${__dirname}/tsconfig.json`, 'utf8')).compilerOptions;
const moduleNameMapper = {
  ...Object.fromEntries(Object.entries(paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`])),
  // Stylesheets are Vite's business; a unit test that imports a component library gets an empty module for them.
  '\\.css$': '<rootDir>/tools/jest-empty-module.cjs',
};
// Path aliases are resolved by SWC itself, so they also work in globalSetup, which moduleNameMapper does not reach.
const transform = {
  '^.+\\.(t|j|mj)sx?$': [
    '@swc/jest',
    { ...swc, swcrc: false, jsc: { ...swc.jsc, baseUrl: __dirname, paths }, module: { type: 'commonjs' } },
  ],
};
// ESM-only packages (Nest 12, Apollo, and their helpers) are transformed to CommonJS; everything else is left alone.
const transformIgnorePatterns = [
  '/node_modules/(?!(@nestjs|@apollo|@as-integrations|graphql-ws|uuid|file-type|strtok3|token-types|@tokenizer|uint8array-extras|load-esm|@borewit|@whatwg-node)/)',
];

const common = {
  rootDir: __dirname,
  transform,
  transformIgnorePatterns,
  moduleNameMapper,
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
};

module.exports = {
  // Browser journeys and app restarts take seconds, not milliseconds; this is a hang guard, not a speed target.
  testTimeout: 90000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/src/**/*.spec.ts', '<rootDir>/tools/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/apps/api/test/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/apps/api/test/global-setup.ts',
      setupFiles: ['<rootDir>/apps/api/test/setup.ts'],
      globalTeardown: '<rootDir>/apps/api/test/global-teardown.ts',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/apps/web-e2e/src/**/*.e2e.ts'],
      globalSetup: '<rootDir>/apps/web-e2e/src/global-setup.ts',
      globalTeardown: '<rootDir>/apps/web-e2e/src/global-teardown.ts',
    },
  ],
};
