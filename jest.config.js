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
  // One suite at a time. Each starts its own subgraphs, gateway and databases, so on a 2-core machine
  // two suites at once are no faster (measured: 1,118 s with two workers, the suites' own times
  // summing to about as much), and the timing suites (resilience, load, request budgets) would
  // measure their neighbour: alone, the load suite ran in 38 s; beside another, in 167 s and failed.
  maxWorkers: 1,
  // In a worker, not in jest's own process, and a fresh one once a suite leaves it holding more than
  // this: run in band, what every suite leaves behind slowed the later ones (after 40 suites, an
  // entity fetch of 5,000 people ran 24 s, past the subgraph's 10 s budget; its suite takes 8 s alone).
  workerIdleMemoryLimit: '512MB',
};
