// Client types come from the committed schema file, never from a running server: codegen stays deterministic.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'libs/graphql-schema/schema.graphql',
  documents: ['libs/web/*/src/**/*.graphql'],
  generates: {
    'libs/web/graphql/src/generated.ts': {
      // typescript-operations 6 emits the enums and input types the operations use itself; adding the `typescript`
      // plugin too would declare them twice.
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { DateTime: 'string', Date: 'string' },
      },
    },
  },
};

export default config;
