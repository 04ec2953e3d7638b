import type { CodegenConfig } from '@graphql-codegen/cli';

// Every operation of the dashboard is typed against the graph's API schema (what clients see), so a
// schema change that breaks a view fails here or in the type check; and each is hashed into the
// manifest the gateway accepts when PERSISTED_ONLY is set.
const config: CodegenConfig = {
  schema: '../schema/api.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      // Documents as strings: no GraphQL parser in the browser's bundle.
      config: { documentMode: 'string', enumsAsTypes: true, useTypeImports: true, scalars: { ID: 'string' } },
    },
  },
};

export default config;
