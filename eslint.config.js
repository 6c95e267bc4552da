import path from 'node:path';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const layer = (files, forbidden, message) => ({ files, rules: restrict(forbidden.map((group) => ({ group: [group], message }))) });

const serverNeverWeb = ['**/web/**', 'react', 'react-*'].map((group) => ({ group: [group], message: 'The server never imports web code.' }));

/**
 * The server modules' public faces (decision 028). Another module, the app composer, the demo, the CLI, the test
 * helpers and the benchmarks import only these files of a module (its `schema.ts` among them); a module imports
 * only the modules in its `uses`, which keeps the modules' graph acyclic. Only the app composer imports `routes.ts`.
 */
const moduleFaces = {
  accounts: { uses: ['messages', 'sessions'], face: ['assert-acceptable-password', 'link-form', 'one-time-link-url'] },
  assignments: { uses: ['clients', 'job-requests', 'messages', 'participants', 'trajectories'], face: ['schema'] },
  clients: {
    uses: ['accounts', 'messages', 'municipalities', 'offices', 'participants'],
    face: ['schema', 'client-standing', 'client-agreement-templates', 'client-contact-access', 'client-contact-account', 'client-intake', 'create-client'],
  },
  coaching: { uses: ['municipalities', 'participants'], face: ['schema', 'suggest-coach'] },
  health: { uses: [], face: [] },
  invitations: { uses: ['accounts', 'clients', 'messages', 'participants', 'sessions'], face: ['invite-client-contact'] },
  'job-requests': {
    uses: ['activities', 'clients', 'messages', 'municipalities', 'sessions'],
    face: ['schema', 'job-request-access', 'mark-job-request-planned', 'create-job-request', 'load-job-request-detail'],
  },
  jobs: { uses: [], face: [] },
  messages: {
    uses: ['offices', 'participants'],
    face: ['schema', 'queue-message', 'message-templates', 'template-types', 'message-parts', 'create-transports', 'deliver-message-job', 'staff-digest-job'],
  },
  municipalities: { uses: [], face: ['schema', 'area-check'] },
  offices: { uses: [], face: ['schema'] },
  organiser: { uses: [], face: [] },
  participants: {
    uses: ['municipalities'],
    face: [
      'schema',
      'participant-access',
      'participant-account',
      'load-participant-detail',
      'check-eligibility',
      'enrol-participant',
      'participant-status',
      'trajectory-section',
      'list-reminders',
      'worked-hours',
    ],
  },
  referrals: { uses: ['coaching', 'messages', 'municipalities', 'offices', 'participants'], face: ['schema'] },
  sessions: { uses: [], face: ['find-session', 'login-throttle'] },
  trajectories: { uses: ['participants', 'referrals'], face: ['schema', 'participant-trajectories', 'interim-days', 'latest-trajectory-window'] },
  activities: { uses: ['clients', 'municipalities'], face: ['schema', 'activity-rules'] },
  'cheque-prices': { uses: [], face: ['schema', 'cheque-price-decisions'] },
  'client-applications': { uses: ['accounts', 'clients', 'invitations', 'messages', 'municipalities', 'participants', 'sessions'], face: [] },
  matching: { uses: ['activities', 'assignments', 'clients', 'job-requests', 'participants', 'trajectories'], face: ['schema'] },
  'client-portal': { uses: ['activities', 'assignments', 'cheque-prices', 'clients', 'job-requests', 'participants'], face: [] },
  'time-entries': {
    uses: ['accounts', 'assignments', 'cheques', 'clients', 'job-requests', 'messages', 'participants', 'sessions', 'trajectories'],
    face: ['schema', 'auto-confirm-job'],
  },
  cheques: { uses: ['assignments', 'cheque-prices', 'clients', 'messages'], face: ['schema', 'cheque-consumption'] },
  incidents: { uses: ['assignments', 'clients', 'messages', 'participants'], face: ['schema'] },
};
const moduleNames = Object.keys(moduleFaces);

// A module graph with a cycle would let two modules grow into one; refuse it when the config loads.
const assertAcyclicUses = () => {
  const done = new Set();
  const visit = (name, path) => {
    if (path.includes(name)) throw new Error(`The modules' uses form a cycle: ${[...path, name].join(' -> ')}`);
    if (done.has(name)) return;
    for (const used of moduleFaces[name].uses) {
      if (!moduleFaces[used]) throw new Error(`${name} uses an unknown module ${used}`);
      visit(used, [...path, name]);
    }
    done.add(name);
  };
  moduleNames.forEach((name) => visit(name, []));
};
assertAcyclicUses();

/**
 * A module writes only its own tables: another module's rows change through a function of that module's face.
 * Flags `tx.insert(t)`, `tx.update(t)` and `tx.delete(t)` where `t` was imported from another module's schema.
 */
const noForeignTableWrites = {
  meta: { type: 'problem', schema: [], messages: { foreign: '{{table}} belongs to the {{owner}} module: ask it through its face (decision 028).' } },
  create: (context) => {
    const foreign = new Map();
    return {
      ImportDeclaration: (node) => {
        const owner = /^\.\.\/([a-z-]+)\/schema$/.exec(node.source.value)?.[1];
        if (owner) node.specifiers.forEach((specifier) => foreign.set(specifier.local.name, owner));
      },
      CallExpression: (node) => {
        const { callee } = node;
        const [table] = node.arguments;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier' || table?.type !== 'Identifier') return;
        if (!['insert', 'update', 'delete'].includes(callee.property.name) || !foreign.has(table.name)) return;
        context.report({ node, messageId: 'foreign', data: { table: table.name, owner: foreign.get(table.name) } });
      },
    };
  },
};

const notFace = (files) => `(?!(?:${files.join('|')})$)`;

/** From outside the modules (`prefix` is how the import path reaches the modules folder). */
const facesOnly = (prefix, extra = []) =>
  moduleNames.map((name) => ({
    regex: `${prefix}${name}/${notFace([...moduleFaces[name].face, ...extra])}[^/]+$`,
    message: `Import only the face of the ${name} module: ${[...moduleFaces[name].face, ...extra].join(', ') || 'nothing'} (decision 028).`,
  }));

/** From inside module `self`: its own files freely, the faces of the modules it uses, nothing else. Tests may build the app. */
const moduleBoundary = (self, isTest) => [
  ...moduleNames
    .filter((name) => name !== self)
    .map((name) =>
      moduleFaces[self].uses.includes(name)
        ? {
            regex: `^\\.\\./${name}/${notFace(moduleFaces[name].face)}`,
            message: `Import only the face of the ${name} module: ${moduleFaces[name].face.join(', ')} (decision 028).`,
          }
        : {
            regex: `^\\.\\./${name}/`,
            message: `The ${self} module uses only ${moduleFaces[self].uses.join(', ') || 'no other module'}; add ${name} to its uses only if that keeps the graph acyclic (decision 028).`,
          },
    ),
  { regex: '(^|/)modules/', message: 'Reach another module as ../<module>/<file>.' },
  ...(isTest ? [] : [{ regex: '(^|/)app$', message: 'Only entry points and tests import the app composer.' }]),
];

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
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        // Reads outside a transaction are for GET routes only (decision 045); the runner also refuses at run time.
        {
          selector: 'CallExpression[callee.property.name=/^(post|put|patch|delete)$/] CallExpression[callee.name=/^in(Anonymous)?Snapshot$/]',
          message: 'A write route runs its service in inTransaction: inSnapshot is for GET routes (decision 045).',
        },
      ],
    },
  },
  { files: ['*.config.ts', '*.config.js'], rules: { 'no-restricted-syntax': 'off' } },
  // Vitest's asymmetric matchers (expect.any, expect.stringMatching) are typed `any` by the library.
  { files: ['**/*.test.ts', '**/*.test.tsx'], rules: { '@typescript-eslint/no-unsafe-assignment': 'off' } },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  layer(['src/domain/**'], ['**/contracts/**', '**/server/**', '**/web/**', '**/bench/**'], 'The domain imports nothing of ours.'),
  layer(['src/contracts/**'], ['**/server/**', '**/web/**'], 'Contracts depend only on the domain.'),
  layer(['src/web/**'], ['**/server/**', 'pg', 'drizzle-orm*', '@electric-sql/*', 'fastify*', '@fastify/*'], 'The web never imports server code.'),
  { files: ['src/server/**', 'bench/**'], rules: restrict([...serverNeverWeb, ...facesOnly('(^|/)modules/')]) },
  { files: ['src/server/app.ts'], rules: restrict([...serverNeverWeb, ...facesOnly('(^|/)modules/', ['routes'])]) },
  {
    files: ['src/server/platform/**'],
    ignores: ['**/*.test.ts'],
    rules: restrict([
      ...serverNeverWeb,
      { group: ['**/modules/**', '**/app', '**/testing/**'], message: 'The platform knows no module; the app composer (src/server/app.ts) adds them.' },
    ]),
  },
  {
    files: ['src/server/modules/**'],
    ignores: ['**/*.test.ts'],
    plugins: { house: { rules: { 'no-foreign-table-writes': noForeignTableWrites } } },
    rules: { 'house/no-foreign-table-writes': 'error' },
  },
  ...moduleNames.flatMap((name) => [
    { files: [`src/server/modules/${name}/**`], rules: restrict([...serverNeverWeb, ...moduleBoundary(name, false)]) },
    { files: [`src/server/modules/${name}/**/*.test.ts`], rules: restrict([...serverNeverWeb, ...moduleBoundary(name, true)]) },
  ]),
  { files: ['src/web/**/*.{ts,tsx}'], plugins: { 'web-zones': webZones }, rules: { 'web-zones/feature-zones': 'error' } },
  // The rules of hooks and the React Compiler's checks; missing effect dependencies fail too (decision 211).
  { files: ['src/web/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  { files: ['src/web/**/*.{ts,tsx}'], rules: { 'react-hooks/exhaustive-deps': 'error' } },
);
