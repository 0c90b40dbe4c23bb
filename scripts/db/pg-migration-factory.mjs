// A migration-aware adapter factory for PostgreSQL on @prisma/adapter-pg.
// It closes two gaps the WebAssembly schema engine meets there:
//  1. adapter-pg cannot read `"char"` columns (OID 18), which the engine's
//     schema describer reads from pg_constraint: they are read as text and
//     reported as ColumnTypeEnum.Character.
//  2. adapter-pg's own shadow database connects to the main database, so a
//     throwaway database is created and dropped here instead (or
//     SHADOW_DATABASE_URL is reset and used where CREATE DATABASE is not
//     allowed).
import crypto from "node:crypto";
import pg from "pg";
import { parse } from "pg-connection-string";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";

const CHAR_OID = 18;
const TEXT_OID = 25;
const charColumnsByRows = new WeakMap();

function readCharColumnsAsCharacter(queryable) {
  if (!queryable || queryable.__charColumnsPatched) return queryable;

  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const charColumns = [];
    (result?.fields ?? []).forEach((field, index) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      charColumns.push(index);
    });
    if (charColumns.length && Array.isArray(result.rows)) {
      charColumnsByRows.set(result.rows, charColumns);
    }
    return result;
  };

  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const index of charColumnsByRows.get(resultSet.rows) ?? []) {
      resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return resultSet;
  };

  const startTransaction = queryable.startTransaction?.bind(queryable);
  if (startTransaction) {
    queryable.startTransaction = async (...args) =>
      readCharColumnsAsCharacter(await startTransaction(...args));
  }

  queryable.__charColumnsPatched = true;
  return queryable;
}

async function resetShadowDatabase(shadowUrl) {
  const config = parse(shadowUrl);
  const client = new pg.Client(config);
  await client.connect();
  await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  await client.end();

  return readCharColumnsAsCharacter(await new PrismaPg(config).connect());
}

async function createThrowawayShadowDatabase(config) {
  const admin = new pg.Client({ ...config, database: "postgres" });
  await admin.connect();

  const name = `shadow_${crypto.randomUUID().replaceAll("-", "")}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const adapter = await new PrismaPg({ ...config, database: name }).connect();

  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  };

  return readCharColumnsAsCharacter(adapter);
}

export function pgMigrationFactory(url, shadowUrl) {
  const config = parse(url);
  const main = new PrismaPg(config);

  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => readCharColumnsAsCharacter(await main.connect()),
    async connectToShadowDb() {
      try {
        return shadowUrl
          ? await resetShadowDatabase(shadowUrl)
          : await createThrowawayShadowDatabase(config);
      } catch (error) {
        // The engine reports errors from here only as "External error id#N".
        console.error("Could not open a shadow database:", error.message);
        throw error;
      }
    },
  };
}
