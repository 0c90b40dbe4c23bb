// Prisma's own schema engine, compiled to WebAssembly, driven through a
// driver adapter: migrations without the native engine binary.
import fs from "node:fs";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const MIGRATIONS_PATH = path.resolve("prisma/migrations");
const FILTERS = { externalTables: [], externalEnums: [] };

async function loadSchemaEngine() {
  // The engine reports a panic through this global; without it a panic
  // surfaces as an unrelated TypeError.
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: "",
    set_message(message) {
      this.message = message;
      console.error("Schema engine panic:", message);
    },
  };

  // Loading the .wasm by hand avoids needing --experimental-wasm-modules.
  const bindingsUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const packageDir = path.dirname(new URL(bindingsUrl).pathname);
  const bindings = await import(bindingsUrl);
  const wasm = fs.readFileSync(path.join(packageDir, "schema_engine_bg.wasm"));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(wasm), {
    "./schema_engine_bg.js": bindings,
  });
  bindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();

  return bindings.SchemaEngine;
}

export function readMigrations() {
  const directories = fs.existsSync(MIGRATIONS_PATH)
    ? fs
        .readdirSync(MIGRATIONS_PATH)
        .filter((name) => fs.statSync(path.join(MIGRATIONS_PATH, name)).isDirectory())
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_PATH, "migration_lock.toml");

  return {
    baseDir: MIGRATIONS_PATH,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => {
      const file = path.join(MIGRATIONS_PATH, name, "migration.sql");
      const content = fs.existsSync(file)
        ? { tag: "ok", value: fs.readFileSync(file, "utf8") }
        : { tag: "error", value: "missing migration.sql" };
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  };
}

// Opens the engine on an adapter factory; `close` releases every connection
// the engine opened (engine.free() alone does not).
export async function openSchemaEngine(adapterFactory) {
  const SchemaEngine = await loadSchemaEngine();
  const schemaText = fs.readFileSync(SCHEMA_PATH, "utf8");
  const opened = [];
  const tracked = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async (...args) => remember(await adapterFactory.connect(...args)),
    connectToShadowDb: async (...args) =>
      remember(await adapterFactory.connectToShadowDb(...args)),
  };
  function remember(connection) {
    opened.push(connection);
    return connection;
  }

  const log = (message) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error("[schema-engine]", message);
  };
  const engine = await SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schemaText]] },
    log,
    bindMigrationAwareSqlAdapterFactory(tracked),
  );

  return {
    engine,
    schema: { files: [{ path: SCHEMA_PATH, content: schemaText }] },
    filters: FILTERS,
    async close() {
      engine.free();
      for (const connection of opened.splice(0)) {
        await connection.dispose?.().catch(() => {});
      }
    },
  };
}
