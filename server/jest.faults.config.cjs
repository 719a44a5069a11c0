const swc = JSON.parse(require('fs').readFileSync(`${__dirname}/.swcrc.jest.json`, 'utf8'));

/** `pnpm test:faults`: restarts, pool exhaustion and several instances; each starts its own database. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/faults'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  setupFiles: ['reflect-metadata'],
  testTimeout: 180_000,
  maxWorkers: 1,
};
