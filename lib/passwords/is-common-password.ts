import fs from "node:fs";
import path from "node:path";

let commonPasswords: Set<string> | undefined;

// The shipped list (common-passwords.txt) is read once, on first use.
function loadCommonPasswords(): Set<string> {
  const file = path.join(
    /* turbopackIgnore: true */ process.cwd(),
    "lib/passwords/common-passwords.txt",
  );
  const lines = fs.readFileSync(file, "utf8").split("\n");

  return new Set(lines.filter((line) => line && !line.startsWith("#")));
}

// Case does not make a common password less common.
export function isCommonPassword(password: string): boolean {
  commonPasswords ??= loadCommonPasswords();
  return commonPasswords.has(password.toLowerCase());
}
