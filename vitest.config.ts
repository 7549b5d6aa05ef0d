import { defineConfig } from 'vitest/config';

// Tests by kind, each runnable alone: `npx vitest run --project unit`.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'documents', include: ['tests/documents/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
