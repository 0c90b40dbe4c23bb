// The fresh database one end-to-end run works on: a new PostgreSQL
// database on the server in DATABASE_URL when set, else a new PGlite folder.
import fs from "node:fs";
import path from "node:path";

async function withServer(serverUrl, work) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// Returns the environment that points the app at the new database, and a
// function that removes it again.
export async function createTestDatabase({ runId, runDir, env = process.env }) {
  const serverUrl = env.DATABASE_URL?.trim();

  if (!serverUrl) {
    const dir = path.resolve(runDir, "pglite");
    fs.mkdirSync(dir, { recursive: true });
    return {
      description: `PGlite in ${path.relative(process.cwd(), dir)}`,
      env: { PGLITE_DIR: dir, DATABASE_URL: "" },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }

  const name = `carefriend_e2e_${runId}`;
  await withServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;

  return {
    description: `PostgreSQL database ${name}`,
    env: { DATABASE_URL: url.toString() },
    drop: () =>
      withServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}
