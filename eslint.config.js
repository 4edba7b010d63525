// @ts-check
import tseslint from 'typescript-eslint';
import angular from 'angular-eslint';
import boundaries from 'eslint-plugin-boundaries';
import { consoleTesting } from './eslint/console-testing.js';
import serverBoundaries from './eslint/server-boundaries.js';
import { contractImports } from './eslint/contract-imports.js';
import serverTransactions from './eslint/server-transactions.js';

const sameFeature = { feature: '${from.feature}' };

/**
 * The console's feature boundaries of HOUSE_STYLE.md, held by a linter rather than by hope:
 * ui/ is presentational (no Store, no HttpClient), pages are the only Store users, and a feature
 * reads another feature only through its data-access entry point (index.ts).
 */
const consoleBoundaries = {
  files: ['src/**/*.ts'],
  plugins: { boundaries },
  settings: {
    'import/resolver': { typescript: { project: './tsconfig.app.json' } },
    'boundaries/include': ['src/**/*.ts'],
    'boundaries/elements': [
      { type: 'app', pattern: ['src/main.ts', 'src/app/app*.ts'], mode: 'full' },
      { type: 'core', pattern: 'src/app/core' },
      { type: 'shared-ui', pattern: 'src/app/shared/ui' },
      { type: 'shared-util', pattern: 'src/app/shared/util' },
      { type: 'shared-data', pattern: 'src/app/shared/data' },
      { type: 'feature-data-access', pattern: 'src/app/features/*/data-access', capture: ['feature'] },
      { type: 'feature-ui', pattern: 'src/app/features/*/ui', capture: ['feature'] },
      { type: 'feature-page', pattern: 'src/app/features/*/*-page', capture: ['feature', 'page'] },
      { type: 'feature', pattern: 'src/app/features/*', capture: ['feature'] },
    ],
  },
  rules: {
    'boundaries/element-types': [
      'error',
      {
        default: 'disallow',
        rules: [
          { from: 'app', allow: ['app', 'core', 'shared-ui', 'shared-util', 'feature'] },
          { from: 'core', allow: ['core', 'shared-ui', 'shared-data', 'shared-util'] },
          { from: 'shared-ui', allow: ['shared-ui', 'shared-util'] },
          { from: 'shared-util', allow: ['shared-util'] },
          { from: 'shared-data', allow: ['shared-data', 'shared-util'] },
          {
            from: 'feature',
            allow: [
              'core',
              'shared-ui',
              'shared-util',
              ['feature', sameFeature],
              ['feature-page', sameFeature],
              ['feature-data-access', sameFeature],
              ['feature-ui', sameFeature],
            ],
          },
          {
            from: 'feature-page',
            allow: [
              'core',
              'shared-ui',
              'shared-util',
              'feature-data-access',
              ['feature', sameFeature],
              ['feature-page', sameFeature],
              ['feature-ui', sameFeature],
            ],
          },
          {
            from: 'feature-data-access',
            allow: ['core', 'shared-data', 'shared-util', ['feature-data-access', sameFeature]],
          },
          { from: 'feature-ui', allow: ['shared-ui', 'shared-util', ['feature-ui', sameFeature]] },
        ],
      },
    ],
    'boundaries/entry-point': [
      'error',
      {
        default: 'allow',
        rules: [
          { target: ['feature-data-access'], disallow: ['*'] },
          { target: ['feature-data-access'], allow: ['index.ts'] },
        ],
      },
    ],
    'boundaries/external': [
      'error',
      {
        default: 'allow',
        rules: [
          {
            from: ['shared-ui', 'feature-ui'],
            disallow: ['@ngrx/store', '@ngrx/effects', '@ngrx/router-store', '@angular/common/http'],
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', '.angular/**', 'coverage/**', 'test-results/**', 'playwright-report/**', 'data/**'],
  },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [...angular.configs.tsRecommended],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'fd', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'fd', style: 'kebab-case' }],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
    },
  },
  {
    files: ['src/**/*.html'],
    extends: [...angular.configs.templateRecommended, ...angular.configs.templateAccessibility],
  },
  {
    // Migrations are frozen in time on Kysely<any>; the database layer is untyped there on purpose.
    files: ['server/src/db/migrations/**/*.ts', 'server/src/db/migrate.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  consoleBoundaries,
  ...consoleTesting(consoleBoundaries),
  ...serverBoundaries,
  ...contractImports,
  ...serverTransactions,
);
