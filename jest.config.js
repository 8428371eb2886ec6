/** Jest runs TypeScript as native ES modules through SWC; type checking is `npm run typecheck`. */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', {
      jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022', transform: { react: { runtime: 'automatic' } } },
      module: { type: 'es6' },
    }],
  },
  transformIgnorePatterns: ['/node_modules/'],
  reporters: ['default', '<rootDir>/test/support/summaryReporter.cjs'],
  testTimeout: 30000,
  maxWorkers: 2,
};
