import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": path.resolve(import.meta.dirname) },
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts", "emails/**/*.test.ts?(x)", "app/**/*.test.ts?(x)"],
    environment: "node",
    // Each integration test file makes its own database (tests/support/test-database.ts).
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: "test", LOG_LEVEL: "silent" },
    server: { deps: { inline: ["next-intl"] } },
  },
});
