import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'db/migrations/**', 'data/**', '.tmp/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  { files: ['*.config.ts', '*.config.js'], rules: { 'no-restricted-syntax': 'off' } },
  // Vitest's asymmetric matchers (expect.any, expect.stringMatching) are typed `any` by the library.
  { files: ['**/*.test.ts', '**/*.test.tsx'], rules: { '@typescript-eslint/no-unsafe-assignment': 'off' } },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  layer(['src/domain/**'], ['**/contracts/**', '**/server/**', '**/web/**', '**/bench/**'], 'The domain imports nothing of ours.'),
  layer(['src/contracts/**'], ['**/server/**', '**/web/**'], 'Contracts depend only on the domain.'),
  layer(['src/web/**'], ['**/server/**', 'pg', 'drizzle-orm*', '@electric-sql/*', 'fastify*', '@fastify/*'], 'The web never imports server code.'),
  layer(['src/server/**'], ['**/web/**', 'react', 'react-*'], 'The server never imports web code.'),
);
