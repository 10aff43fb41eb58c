import { defineConfig } from 'vitest/config';

// Files that load discord.js (in a worker that had run other files, its event emitter failed
// to load), start a CLI (process signal listeners, env) or replace globals (Date.now,
// prototypes) get a fresh module graph each. Every other file shares its worker's modules: the
// lexicon (WordNet, English words) then loads once per worker instead of once per file, which
// was most of the suite's time.
const ISOLATED = [
  'tests/bot*.test.ts',
  'tests/acknowledgements.test.ts',
  'tests/commands/person-names.test.ts',
  'tests/deploy.test.ts',
  'tests/config*.test.ts',
  'tests/cli*.test.ts',
  'tests/ingest/add-articles.test.ts',
];

export default defineConfig({
  test: {
    setupFiles: ['tests/setup/fast-check-seed.ts'],
    // The Discord suites start real sockets; keep them isolated but let files run in parallel.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
      { extends: true, test: { name: 'shared', include: ['tests/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
    ],
  },
});
