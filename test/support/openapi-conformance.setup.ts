import { takeViolations } from './openapi-conformance';

// An answer that the document does not describe fails the test that received it (answers received in
// a beforeAll fail the first test; those in an afterAll fail the file).
function failOnViolations(): void {
  const found = takeViolations();
  if (found.length) {
    throw new Error(`answers that the OpenAPI document does not describe:\n  ${[...new Set(found)].join('\n  ')}`);
  }
}

afterEach(failOnViolations);
afterAll(failOnViolations);
