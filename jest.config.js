/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testPathIgnorePatterns: ['/node_modules/', '/test/support/'],
  testMatch: ['**/*.test.ts'],
  // tsconfig's isolatedModules: ts-jest only transpiles; `npm test` type-checks the whole tree first.
  transform: { '^.+\\.ts$': 'ts-jest' },
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  testTimeout: 60000,
};
