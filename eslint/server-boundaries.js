// @ts-check
import boundaries from 'eslint-plugin-boundaries';

/** Everything a test may reach: the whole server, internals included. */
const server = ['server-app', 'server-module', 'server-plugins', 'server-platform', 'server-seed', 'server-db', 'server-shared', 'contract', 'demo'];

/**
 * Layers point one way (issue 13): app.ts composes the modules; a module uses another module only
 * through its index.ts; plugins/, platform/, db/ and shared/ never import modules/. The contract is
 * shared by everyone and imports nobody; the simulator is an app (HTTP and the contract only); the
 * benches use the server's public entry points, never its test helpers. No module cycle: checked by
 * server/test/module-graph.test.ts (a rule cannot see a cycle through several files). `demo/` (seeded
 * randomness, generated pictures) serves the seed and the simulator and imports nobody.
 */
const serverBoundaries = {
  files: ['server/**/*.ts', 'contract/**/*.ts', 'bench/**/*.ts', 'simulator/**/*.ts'],
  plugins: { boundaries },
  settings: {
    'import/resolver': { typescript: { project: './server/tsconfig.json' } },
    'boundaries/include': ['server/**/*.ts', 'contract/**/*.ts', 'bench/**/*.ts', 'simulator/**/*.ts', 'src/**/*.ts'],
    'boundaries/elements': [
      { type: 'server-app', pattern: ['server/src/*.ts', 'server/src/db/seed/cli.ts'], mode: 'full' },
      { type: 'server-module', pattern: 'server/src/modules/*', capture: ['module'] },
      { type: 'server-plugins', pattern: 'server/src/plugins' },
      { type: 'server-platform', pattern: 'server/src/platform' },
      { type: 'server-seed', pattern: 'server/src/db/seed' },
      { type: 'server-db', pattern: 'server/src/db' },
      { type: 'server-shared', pattern: 'server/src/shared' },
      { type: 'server-test', pattern: 'server/test' },
      { type: 'server-testing', pattern: 'server/testing' },
      { type: 'contract', pattern: 'contract' },
      { type: 'demo', pattern: 'demo' },
      { type: 'simulator', pattern: 'simulator' },
      { type: 'bench', pattern: 'bench' },
      { type: 'console', pattern: 'src/**', mode: 'full' },
    ],
  },
  rules: {
    'boundaries/element-types': [
      'error',
      {
        default: 'disallow',
        rules: [
          { from: 'contract', allow: ['contract'] },
          { from: 'demo', allow: ['demo'] },
          { from: 'simulator', allow: ['simulator', 'contract', 'demo'] },
          { from: 'bench', allow: ['bench', 'server-app', 'server-db', 'server-seed', 'server-shared', 'server-platform', 'server-module', 'server-testing', 'simulator', 'contract', 'demo'] },
          { from: 'server-test', allow: ['server-test', 'server-testing', ...server] },
          { from: 'server-testing', allow: ['server-testing', ...server] },
          { from: 'server-app', allow: ['server-app', 'server-module', 'server-plugins', 'server-platform', 'server-seed', 'server-db', 'server-shared', 'contract'] },
          { from: 'server-module', allow: ['server-module', 'server-plugins', 'server-platform', 'server-db', 'server-shared', 'contract'] },
          { from: 'server-plugins', allow: ['server-plugins', 'server-platform', 'server-db', 'server-shared', 'contract'] },
          { from: 'server-seed', allow: ['server-seed', 'server-platform', 'server-db', 'server-shared', 'contract', 'demo'] },
          { from: 'server-platform', allow: ['server-platform', 'server-db', 'server-shared', 'contract'] },
          { from: 'server-db', allow: ['server-db', 'server-shared', 'contract'] },
          { from: 'server-shared', allow: ['server-shared', 'contract'] },
          // A shared helper over the database may name its tables' types.
          { from: 'server-shared', allow: ['server-db'], importKind: 'type' },
        ],
      },
    ],
    'boundaries/entry-point': [
      'error',
      {
        default: 'allow',
        rules: [
          { target: ['server-module'], disallow: ['*'] },
          { target: ['server-module'], allow: ['index.ts'] },
        ],
      },
    ],
  },
};

/** Tests, the test kit (server/testing, shared with the benches) and benches may reach a module's internals. */
const testsReachInternals = {
  files: ['server/test/**/*.ts', 'server/testing/**/*.ts', 'bench/**/*.ts'],
  rules: { 'boundaries/entry-point': 'off' },
};

/** For every boundaries config of the repository (console included): dynamic import() and re-exports count too. */
const dependencyNodes = {
  settings: { 'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'] },
};

export default [dependencyNodes, serverBoundaries, testsReachInternals];
