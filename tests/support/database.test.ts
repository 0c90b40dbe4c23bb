import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { useTestDatabase } from "./test-database";

describe("test database", () => {
  const db = useTestDatabase();

  it("has every migration applied and is what getDb() returns", async () => {
    await db().client.create({ data: { clientNumber: "T-1", name: "Test Persoon" } });

    expect(await (await getDb()).client.count()).toBe(1);
  });

  it("keeps e-mail addresses unique", async () => {
    const data = { email: "dubbel@example.test", name: "A", role: "CLIENT" as const };
    await db().account.create({ data });

    await expect(db().account.create({ data })).rejects.toThrow();
  });
});
