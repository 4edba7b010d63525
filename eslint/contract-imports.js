// @ts-check
/**
 * zod stays on the server: the console takes types from the contract's schemas (`import type`,
 * erased at build time) and values only from the plain rules (`@contract/rules`), and the rules
 * themselves never reach for zod or a schema file. So the production bundle holds no zod.
 */
const typeImports = {
  '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
  // `import { type A }` would keep an empty `import {} from '...'` (and the module) under verbatimModuleSyntax.
  '@typescript-eslint/no-import-type-side-effects': 'error',
};

const zod = {
  group: ['zod', 'zod/*'],
  message: 'zod stays on the server: the console and the plain rules never import it.',
};

/** @type {import('typescript-eslint').ConfigArray} */
export const contractImports = [
  { files: ['src/**/*.ts', 'contract/**/*.ts'], rules: typeImports },
  {
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            zod,
            {
              regex: '^@contract(/(?!rules$).*)?$',
              allowTypeImports: true,
              message: 'The console imports values from @contract/rules only; the schemas (zod) are for types (`import type`).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['contract/rules/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            zod,
            {
              group: ['../*', '@contract', '@contract/*'],
              allowTypeImports: true,
              message: 'The plain rules take only types from the schema files: a value import would bring zod along.',
            },
          ],
        },
      ],
    },
  },
];
