// Runs a command with inherited output and reports how it ended.
import { spawn } from "node:child_process";

export function run(command, args = [], { env = process.env, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env,
      stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit",
    });
    child.on("error", (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

// For steps nothing else can do without: stop the whole script on failure.
export async function runOrExit(command, args, options) {
  const code = await run(command, args, options);
  if (code !== 0) {
    console.error(`\n✖ ${[command, ...args].join(" ")} failed (exit ${code}).`);
    process.exit(code);
  }
}
