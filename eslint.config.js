import path from 'node:path';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
});

// The web's zones (decision 211): a feature is one folder of src/web/features; app/ composes features; everything
// else (components/, lib/, i18n/, main.tsx) is shared and knows no feature. Resolved paths, so the depth of a file
// does not matter.
const webRoot = path.join(import.meta.dirname, 'src/web');
const webZoneOf = (file) => {
  const relative = path.relative(webRoot, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const [top, feature] = relative.split(path.sep);
  return top === 'features' ? `features/${feature}` : top === 'app' ? 'app' : 'shared';
};
const webZones = {
  rules: {
    'feature-zones': {
      meta: {
        type: 'problem',
        schema: [],
        messages: {
          crossFeature: 'A feature does not import another feature ({{to}}): move the shared piece to components/ or lib/, or compose in app/.',
          sharedImportsFeature: 'components/ and lib/ are shared and do not import a feature ({{to}}).',
        },
      },
      create(context) {
        const from = webZoneOf(context.filename);
        if (from === null || from === 'app') return {};
        const check = (node) => {
          const source = node.source?.type === 'Literal' ? node.source.value : null;
          if (typeof source !== 'string' || !source.startsWith('.')) return;
          const to = webZoneOf(path.resolve(path.dirname(context.filename), source));
          if (to === null || !to.startsWith('features/') || to === from) return;
          context.report({ node: node.source, messageId: from === 'shared' ? 'sharedImportsFeature' : 'crossFeature', data: { to } });
        };
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
      },
    },
  },
};

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
  { files: ['src/web/**/*.{ts,tsx}'], plugins: { 'web-zones': webZones }, rules: { 'web-zones/feature-zones': 'error' } },
  // The rules of hooks and the React Compiler's checks; missing effect dependencies fail too (decision 211).
  { files: ['src/web/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  { files: ['src/web/**/*.{ts,tsx}'], rules: { 'react-hooks/exhaustive-deps': 'error' } },
);
