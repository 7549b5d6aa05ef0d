import { defineConfig } from 'vitest/config';

// The fast suite (`npm test`) shares one module graph between the files of a
// worker: no test changes a module's state, and importing the readers (pdf.js)
// once per worker rather than once per file halves the suite's time. A worker
// per core: the main process does little while they run. A test's time limit is generous: a test never fails
// because the machine is busy (two suites at once, a build beside them); what is about time is tested in
// tests/perf/, with its own measure. Commands run as processes are there too, for their seconds.
const fast = { isolate: false, maxWorkers: '100%', testTimeout: 120_000, hookTimeout: 120_000 };

// Tests by kind, each runnable alone: `npx vitest run --project unit`.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], ...fast } },
      { test: { name: 'documents', include: ['tests/documents/**/*.test.ts'], ...fast } },
      // What needs size or time (the archive's scale, large inputs, threads, commands run as processes): `npm run test:perf`.
      { test: { name: 'perf', include: ['tests/perf/**/*.test.ts'], testTimeout: 180_000 } },
      // On the built site (npm run build && npm run build:hostile): browser, accessibility and HTML checks.
      {
        test: {
          name: 'site',
          include: ['tests/browser/**/*.test.ts', 'tests/accessibility/**/*.test.ts', 'tests/checks/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
