import next from "eslint-config-next";

const config = [
  ...next,
  { ignores: ["generated/**", ".next/**", ".data/**", "node_modules/**"] },
  {
    rules: {
      "no-console": ["error", { allow: [] }],
    },
  },
  {
    // Command-line scripts talk to the person running them.
    files: ["scripts/**", "prisma/seed.ts", "server.mjs", "e2e/**"],
    rules: { "no-console": "off" },
  },
];

export default config;
