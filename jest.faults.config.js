// The fault suite (npm run test:faults): real API processes from dist/ against PostgreSQL servers
// the tests start, stop and freeze themselves. Slow by nature, so kept apart from `npm test`.
const { projects } = require('./jest.config.js');

const { transform, transformIgnorePatterns, moduleFileExtensions, testEnvironment } = projects[0];

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'faults',
  rootDir: '.',
  testEnvironment,
  transform,
  transformIgnorePatterns,
  moduleFileExtensions,
  testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'],
  testTimeout: 90_000,
  // One at a time: each test loads the machine's two cores and measures latencies.
  maxWorkers: 1,
};
