// The browser suite (`npm run test:browser`): headless Chromium against the real API. Kept out of
// `npm test`, which needs no browser; CI runs both.
const { projects } = require('./jest.config');

const e2e = projects.find((project) => project.displayName === 'e2e');

/** @type {import('jest').Config} */
module.exports = {
  ...e2e,
  displayName: 'browser',
  testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
  testTimeout: 120000,
};
