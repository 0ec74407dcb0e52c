import { defineConfig } from "vitest/config";

/**
 * The scale-out tests (npm run test:scale, which starts Redis and PostgreSQL first): the queue
 * tests, and the store suite again, now also against PostgreSQL. One file at a time: the machine's
 * cores go to the workers under test.
 */
export default defineConfig({
  test: {
    include: ["test/scale/**/*.test.ts", "test/corpus-store.test.ts"],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
