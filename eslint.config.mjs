import next from "eslint-config-next";

const config = [
  ...next,
  {
    // Build folders (one per server, see NEXT_DIST_DIR), data and test output.
    ignores: [
      "generated/**",
      ".next/**",
      ".next-*/**",
      ".data/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  {
    rules: {
      "no-console": "error",
    },
  },
  {
    // Command-line scripts talk to the person running them.
    files: ["scripts/**", "prisma/seed.ts", "server.mjs", "e2e/**"],
    rules: { "no-console": "off" },
  },
  {
    // Test helpers named use*() (useTestDatabase, Playwright's fixture `use`)
    // are not React hooks.
    files: ["tests/**", "e2e/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
];

export default config;
