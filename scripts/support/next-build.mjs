// `next build` into a build folder of its own (NEXT_DIST_DIR).
import fs from "node:fs";
import { run } from "./run.mjs";

const TSCONFIG = "tsconfig.json";

// Next.js adds `<distDir>/types` globs to tsconfig.json when it builds into
// a folder other than `.next`; the committed file stays as it is.
export async function buildNext({ distDir, env = process.env }) {
  const tsconfig = fs.readFileSync(TSCONFIG, "utf8");
  try {
    return await run("npx", ["next", "build"], {
      env: { ...env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    });
  } finally {
    if (fs.readFileSync(TSCONFIG, "utf8") !== tsconfig) fs.writeFileSync(TSCONFIG, tsconfig);
  }
}
