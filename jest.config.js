/** Jest runs TypeScript as native ES modules through SWC; type checking is `npm run typecheck`. */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // office-addin-mock needs only office-addin-manifest's OfficeApp names, and office-addin-manifest's own
    // dependencies require() ES modules, which Node 20 allows and Jest's loader does not. (The manifest is
    // validated with the real office-addin-manifest in a child process: test/server/package.test.ts.)
    '^office-addin-manifest$': '<rootDir>/test/support/office-app-names.cjs',
  },
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022', transform: { react: { runtime: 'automatic' } } },
        module: { type: 'es6' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/'],
  reporters: ['default', '<rootDir>/test/support/summaryReporter.cjs'],
  testTimeout: 30000,
  maxWorkers: 2,
};
