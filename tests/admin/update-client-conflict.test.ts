import { describe, expect, it } from "vitest";
import { updateClient } from "@/lib/admin/clients/update-client";
import { CLIENT_UPDATE_FIELDS, clientUpdateSchema } from "@/lib/admin/forms/client-form-schema";
import { parseForm } from "@/lib/admin/forms/parse-form";
import { useTestDatabase } from "@/tests/support/test-database";
import { createActiveClient, createAdmin, unique } from "./support/admin-fixtures";

const db = useTestDatabase();

// When both admins opened "Gegevens wijzigen": well in the past, so a
// save during the test never shares its millisecond.
const LOADED_AT = new Date("2026-01-05T09:00:00.000Z");

async function setUp() {
  const [first, second] = [await createAdmin(db()), await createAdmin(db())];
  const { account, client: created } = await createActiveClient(db());
  const client = await db().client.update({
    where: { id: created.id },
    data: { updatedAt: LOADED_AT },
  });

  // The form as it was loaded, with the admin's changes.
  const form = (changes: Record<string, string> = {}, loadedAt = client.updatedAt) =>
    clientUpdateSchema.parse({
      clientId: client.id,
      basedOnUpdatedAt: loadedAt.toISOString(),
      name: client.name,
      clientNumber: client.clientNumber,
      email: account.email,
      dateOfBirth: "",
      ...changes,
    });

  return { first, second, account, client, form };
}

describe("two admins editing one client from forms loaded at the same time", () => {
  it("refuses the second save as a conflict, keeps the first, and audits the refusal", async () => {
    const { first, second, account, client, form } = await setUp();
    expect(client.updatedAt).toEqual(LOADED_AT);

    const saved = await updateClient(first, form({ name: "Naam Van Eerste" }));
    const stale = await updateClient(second, form({ dateOfBirth: "14-03-1941" }));

    expect(saved).toEqual({ ok: true, changed: ["name"] });
    expect(stale).toEqual({ ok: false, error: "CONFLICT" });
    expect(await db().client.findUniqueOrThrow({ where: { id: client.id } })).toMatchObject({
      name: "Naam Van Eerste",
      dateOfBirth: null,
    });
    expect(await db().account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({
      name: "Naam Van Eerste",
    });
    const refused = await db().auditEvent.findMany({
      where: { subjectClientId: client.id, action: "account.update", outcome: "FAILURE" },
    });
    expect(refused).toMatchObject([
      { actorAccountId: second.accountId, detail: { clientId: client.id, reason: "conflict" } },
    ]);
  });

  it("counts a change of only the e-mail address as a change of the client", async () => {
    const { first, second, account, client, form } = await setUp();
    const newEmail = `nieuw-${unique()}@example.test`;

    expect(await updateClient(first, form({ email: newEmail }))).toEqual({
      ok: true,
      changed: ["email"],
      movedActive: { oldAddressNotified: true },
    });
    expect(await updateClient(second, form({ name: "Naam Van Tweede" }))).toEqual({
      ok: false,
      error: "CONFLICT",
    });
    expect(await db().client.findUniqueOrThrow({ where: { id: client.id } })).toMatchObject({
      name: client.name,
    });
    expect(await db().account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({
      email: newEmail,
    });
  });

  it("saves from a form loaded after the last save, and lets an unchanged one pass", async () => {
    const { first, second, client, form } = await setUp();
    await updateClient(first, form({ name: "Naam Van Eerste" }));
    const { updatedAt } = await db().client.findUniqueOrThrow({ where: { id: client.id } });

    expect(await updateClient(second, form({ name: "Naam Van Eerste" }, updatedAt))).toEqual({
      ok: true,
      changed: [],
    });
    expect(
      await updateClient(second, form({ name: "Naam Van Eerste", dateOfBirth: "14-03-1941" }, updatedAt)),
    ).toEqual({ ok: true, changed: ["dateOfBirth"] });
    expect(await db().client.findUniqueOrThrow({ where: { id: client.id } })).toMatchObject({
      name: "Naam Van Eerste",
      dateOfBirth: new Date("1941-03-14T00:00:00Z"),
    });
  });

  it("saves one of two saves racing from the same form, and refuses the other", async () => {
    const { first, second, client, form } = await setUp();

    const results = await Promise.all([
      updateClient(first, form({ name: "Naam Van Eerste" })),
      updateClient(second, form({ name: "Naam Van Tweede" })),
    ]);

    expect(results).toEqual(
      expect.arrayContaining([
        { ok: true, changed: ["name"] },
        { ok: false, error: "CONFLICT" },
      ]),
    );
    const winner = results[0]?.ok ? "Naam Van Eerste" : "Naam Van Tweede";
    expect((await db().client.findUniqueOrThrow({ where: { id: client.id } })).name).toBe(winner);
  });

  it("refuses a missing or malformed form version as an outdated form, marking no field", () => {
    for (const basedOnUpdatedAt of [undefined, "", "gisteren", "2026-13-45T99:00:00.000Z"]) {
      const form = new FormData();
      const sent = {
        clientId: crypto.randomUUID(),
        basedOnUpdatedAt,
        name: "Naam",
        clientNumber: "A-1",
        email: "a@example.test",
        dateOfBirth: "",
      };
      for (const [field, value] of Object.entries(sent)) {
        if (value !== undefined) form.set(field, value);
      }

      const parsed = parseForm(clientUpdateSchema, form, CLIENT_UPDATE_FIELDS);

      expect(parsed).toMatchObject({ ok: false, outdated: true, fieldErrors: {} });
    }
  });
});
