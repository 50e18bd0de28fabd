import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Forbids drizzle-orm and the database schema: they are for `*.queries.ts` files. */
const noSql = (hint) => [
  'error',
  {
    patterns: [
      {
        group: ['drizzle-orm', 'drizzle-orm/*'],
        message: `SQL belongs in a *.queries.ts file${hint}.`,
      },
      {
        group: ['**/db/schema', '**/db/schema/*', '**/db/schema/**'],
        message: `The database schema is for *.queries.ts files${hint}.`,
      },
    ],
  },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'apps/server/drizzle/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // SQL lives only in `*.queries.ts` (STYLE.md): routes call services, and the web app never
    // sees the database.
    files: ['apps/server/src/**/*.routes.ts', 'apps/web/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': noSql('; call a service instead') },
  },
  {
    // SQL lives in queries files. Exempt: the database layer itself (client, transactions, schema,
    // migrations), the SQL builders of scope (access/), the seed and CLI, and the three hot paths
    // measured by the benchmarks whose statements are built where they run (queue, worker,
    // incident exchange and statistics compaction).
    files: ['apps/server/src/**/*.ts'],
    ignores: [
      '**/*.queries.ts',
      '**/*.test.ts',
      'apps/server/src/{db,seed,cli,access}/**',
      'apps/server/src/messaging/{queue,worker}.ts',
      'apps/server/src/incidents/{incident.exchange,incident.schema,stats-compactor}.ts',
    ],
    rules: { 'no-restricted-imports': noSql('') },
  },
  {
    files: ['**/*.test.ts', '**/test/**/*.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
