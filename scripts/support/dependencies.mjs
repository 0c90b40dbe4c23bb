// Makes sure node_modules matches package-lock.json, running `npm ci` only
// when it does not. Uses Node's own modules only: it runs before install.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { runOrExit } from "./run.mjs";

const LOCKFILE = "package-lock.json";
const MARKER = path.join("node_modules", ".carefriend-installed");

function lockfileHash() {
  return crypto.createHash("sha256").update(fs.readFileSync(LOCKFILE)).digest("hex");
}

// True when every package the lockfile names is installed at its locked
// version. Optional packages (other platforms' binaries) may be absent.
function treeMatchesLockfile() {
  const { packages } = JSON.parse(fs.readFileSync(LOCKFILE, "utf8"));

  return Object.entries(packages).every(([location, entry]) => {
    if (!location || entry.link) return true;
    const manifest = path.join(location, "package.json");
    if (!fs.existsSync(manifest)) return Boolean(entry.optional);

    return JSON.parse(fs.readFileSync(manifest, "utf8")).version === entry.version;
  });
}

export async function ensureDependencies() {
  const hash = lockfileHash();
  if (fs.existsSync(MARKER) && fs.readFileSync(MARKER, "utf8").trim() === hash) return;

  // A tree installed by hand that already matches needs no reinstall.
  if (!fs.existsSync("node_modules") || !treeMatchesLockfile()) {
    console.log("\n▶ Installing dependencies (npm ci)");
    // Dev dependencies are needed to build and test, whatever NODE_ENV says.
    await runOrExit("npm", ["ci", "--include=dev", "--no-audit", "--no-fund"]);
  }
  fs.writeFileSync(MARKER, `${hash}\n`);
}
