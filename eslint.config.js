// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * The layers of the product, enforced here so that a change that breaks them fails
 * `npm run check` (README "Architecture"):
 *
 *   domain      shared/{calendar,reference,norms,extracts,indicators,seinen,verslag,text,alerts}: pure
 *   infra       shared/{storage,archive,logging,demo,mail}: I/O behind interfaces; imports only domain
 *   application shared/{app,ingest}: one function per use case; imports domain and infra
 *   front ends  cli/, functions/, web/, infra/ (CDK): thin adapters over the application layer
 */
const FRONT_ENDS = ['**/cli/**', '**/functions/**', '**/infra/**', '**/web/**'];
const APPLICATION = ['**/app/**', '**/ingest/**'];
const INFRASTRUCTURE = ['**/storage/**', '**/archive/**', '**/logging/**', '**/demo/**', '**/mail/**'];
/** What talks to the outside world: never imported by the domain. */
const IO_PACKAGES = [
  '@aws-sdk/*',
  '@aws-lambda-powertools/*',
  'dynalite',
  'hono',
  'hono/*',
  '@hono/*',
  'nodemailer',
  'yargs',
  'node:fs',
  'node:fs/promises',
  'node:child_process',
  'node:net',
  'node:http',
  'node:https',
  'node:os',
  'node:process',
  'node:worker_threads',
  'node:dns',
  'node:tls',
  'node:readline',
];

const layer = (message, groups) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', 'web/dist/', '.zorgplicht/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
    },
  },
  {
    files: ['*.js', 'bin/**/*.js', 'test/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['test/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['shared/{calendar,reference,norms,extracts,indicators,seinen,verslag,text,alerts}/**/*.ts'],
    rules: {
      ...layer(
        'Domeincode is puur: geen opslag, archief, I/O, AWS of gebruikslagen (zie eslint.config.js).',
        [...FRONT_ENDS, ...APPLICATION, ...INFRASTRUCTURE, ...IO_PACKAGES],
      ),
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Domeincode leest geen proces of omgeving.' },
      ],
    },
  },
  {
    files: ['shared/indicators/**/*.ts'],
    rules: layer('De berekeningen staan onder de handmatige seinen: indicators importeert seinen niet.', [
      ...FRONT_ENDS,
      ...APPLICATION,
      ...INFRASTRUCTURE,
      ...IO_PACKAGES,
      '**/seinen/**',
    ]),
  },
  {
    files: ['shared/{storage,archive,logging,demo,mail}/**/*.ts'],
    rules: layer('Opslag en archief importeren niets boven zich: geen use cases of front ends.', [
      ...FRONT_ENDS,
      ...APPLICATION,
      'hono',
      'hono/*',
      '@hono/*',
      'yargs',
    ]),
  },
  {
    files: ['shared/{app,ingest}/**/*.ts'],
    rules: layer('De use cases kennen geen front end: geen CLI, Lambda, HTTP of web.', [
      ...FRONT_ENDS,
      'hono',
      'hono/*',
      '@hono/*',
      'yargs',
    ]),
  },
  {
    files: ['functions/**/*.ts'],
    rules: layer('Een Lambda gebruikt de use cases, niet de CLI.', ['**/cli/**', '**/infra/**']),
  },
  {
    files: ['cli/**/*.ts'],
    rules: layer('De CLI gebruikt de use cases, niet de Lambda-handlers of de CDK.', [
      '**/functions/**',
      '**/infra/**',
    ]),
  },
);
