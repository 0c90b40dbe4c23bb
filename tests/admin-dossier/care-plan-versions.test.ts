import { describe, expect, it } from "vitest";
import { saveCarePlanVersion } from "@/lib/admin/dossier/care-plans/save-care-plan-version";
import type { CarePlanForm } from "@/lib/admin/dossier/forms/care-plan-form";
import { openDossier } from "@/lib/dossier/open-dossier";
import { getCarePlan } from "@/lib/dossier/queries/get-care-plan";
import { getOverview } from "@/lib/dossier/queries/get-overview";
import { dossierAccess } from "@/lib/admin/dossier/dossier-actor";
import { writeDossierAsAdmin } from "@/lib/dossier/write/write-dossier-as-admin";
import { createClientWithDossier, TEST_ORIGIN } from "../dossier/support/dossier-fixtures";
import { useTestDatabase } from "../support/test-database";
import { createAdminActor, writeEventsAbout } from "./support/admin-dossier-fixtures";

function plan(clientId: string, overrides: Partial<CarePlanForm> = {}): CarePlanForm {
  return {
    clientId,
    basedOnVersion: 0,
    validFrom: new Date("2026-01-05T00:00:00Z"),
    summary: "Thuis blijven wonen met hulp bij de ochtendzorg.",
    createdBy: "Wijkverpleegkundige Ilse",
    goals: [{ title: "Zelfstandig douchen", description: "Met een douchestoel." }],
    agreements: [
      { description: "Hulp bij douchen", frequency: "3 keer per week", provider: "Thuiszorg" },
    ],
    ...overrides,
  };
}

describe("care plan versions written by an admin", () => {
  const db = useTestDatabase();

  it("numbers versions one past the newest and keeps older ones as they were", async () => {
    const admin = await createAdminActor(db());
    const { client, dossierId } = await createClientWithDossier(db());

    const first = await saveCarePlanVersion(admin, plan(client.id));
    const second = await saveCarePlanVersion(
      admin,
      plan(client.id, {
        basedOnVersion: 1,
        summary: "Aangepast plan.",
        goals: [
          { title: "Zelfstandig douchen", description: "Met een douchestoel." },
          { title: "Elke dag wandelen", description: "Een rondje om het huis." },
        ],
      }),
    );

    expect(first).toMatchObject({ ok: true, version: 1 });
    expect(second).toMatchObject({ ok: true, version: 2 });
    const stored = await db().carePlan.findMany({
      where: { dossierId },
      orderBy: { version: "asc" },
      include: { goals: { orderBy: { position: "asc" } } },
    });
    expect(stored.map((item) => [item.version, item.summary, item.goals.length])).toEqual([
      [1, "Thuis blijven wonen met hulp bij de ochtendzorg.", 1],
      [2, "Aangepast plan.", 2],
    ]);
    expect(stored[1]?.goals.map((goal) => [goal.position, goal.title])).toEqual([
      [1, "Zelfstandig douchen"],
      [2, "Elke dag wandelen"],
    ]);
    const events = await writeEventsAbout(db(), client.id);
    expect(events.map((event) => event.detail)).toEqual([
      expect.objectContaining({ record: "care-plan", version: 1 }),
      expect.objectContaining({ record: "care-plan", version: 2, fields: "summary,goals" }),
    ]);
  });

  it("refuses a version based on one that is no longer the newest", async () => {
    const admin = await createAdminActor(db());
    const { client, dossierId } = await createClientWithDossier(db());
    await saveCarePlanVersion(admin, plan(client.id));
    await saveCarePlanVersion(admin, plan(client.id, { basedOnVersion: 1, summary: "Tweede." }));

    const stale = await saveCarePlanVersion(
      admin,
      plan(client.id, { basedOnVersion: 1, summary: "Op basis van versie 1." }),
    );

    expect(stale).toEqual({ ok: false, error: "VERSION_CONFLICT" });
    expect(await db().carePlan.count({ where: { dossierId } })).toBe(2);
    const events = await writeEventsAbout(db(), client.id);
    expect(events.at(-1)).toMatchObject({ outcome: "FAILURE", detail: { reason: "conflict" } });
  });

  it("lets two saves at once give one version and one clear conflict, never a crash", async () => {
    const admin = await createAdminActor(db());
    const other = await createAdminActor(db());
    const { client, dossierId } = await createClientWithDossier(db());
    await saveCarePlanVersion(admin, plan(client.id));

    const results = await Promise.all([
      saveCarePlanVersion(admin, plan(client.id, { basedOnVersion: 1, summary: "Van de een." })),
      saveCarePlanVersion(other, plan(client.id, { basedOnVersion: 1, summary: "Van de ander." })),
    ]);

    expect(results.filter((result) => result.ok)).toEqual([
      expect.objectContaining({ version: 2 }),
    ]);
    expect(results.filter((result) => !result.ok)).toEqual([
      { ok: false, error: "VERSION_CONFLICT" },
    ]);
    const versions = await db().carePlan.findMany({
      where: { dossierId },
      select: { version: true },
    });
    expect(versions.map((item) => item.version).sort()).toEqual([1, 2]);
    const successes = (await writeEventsAbout(db(), client.id)).filter(
      (event) => event.outcome === "SUCCESS",
    );
    expect(successes).toHaveLength(2);
  });

  it("reports a version number taken by a racing save as a conflict", async () => {
    const admin = await createAdminActor(db());
    const { client, dossierId } = await createClientWithDossier(db());
    await saveCarePlanVersion(admin, plan(client.id));

    // What the loser of a race meets: the number it read as free is taken.
    const outcome = await writeDossierAsAdmin(
      { ...dossierAccess(admin, client.id), request: { record: "care-plan", operation: "create" } },
      async (scope) => {
        await scope.db.carePlan.create({
          data: { dossierId, version: 1, validFrom: new Date(), summary: "x", createdBy: "y" },
        });
        return { status: "written", recordId: "x", fields: [], result: null };
      },
    );

    expect(outcome).toEqual({ ok: false, reason: "conflict" });
    expect(await db().carePlan.count({ where: { dossierId } })).toBe(1);
  });

  it("adds no version identical to the one it is based on", async () => {
    const admin = await createAdminActor(db());
    const { client, dossierId } = await createClientWithDossier(db());
    await saveCarePlanVersion(admin, plan(client.id));

    const again = await saveCarePlanVersion(admin, plan(client.id, { basedOnVersion: 1 }));

    expect(again).toEqual({ ok: true, version: 1, changed: false });
    expect(await db().carePlan.count({ where: { dossierId } })).toBe(1);
  });

  it("shows the client the version in force; a planned one waits for its day", async () => {
    const admin = await createAdminActor(db());
    const { account, client } = await createClientWithDossier(db());
    await saveCarePlanVersion(admin, plan(client.id, { validFrom: new Date("2026-01-05") }));
    await saveCarePlanVersion(
      admin,
      plan(client.id, {
        basedOnVersion: 1,
        summary: "Vanaf maart.",
        validFrom: new Date("2026-03-01"),
      }),
    );
    const read = <T>(now: Date, query: Parameters<typeof openDossier<T>>[1]) =>
      openDossier(
        { accountId: account.id, origin: TEST_ORIGIN, request: { page: "care-plan" } },
        query,
      );

    // 28 February, 23:30 in Amsterdam: still February there.
    const before = new Date("2026-02-28T22:30:00Z");
    const viewBefore = await read(before, (scope) => getCarePlan(scope, undefined, before));
    const overviewBefore = await read(before, (scope) => getOverview(scope, before));
    // 1 March, 00:30 in Amsterdam.
    const after = new Date("2026-02-28T23:30:00Z");
    const viewAfter = await read(after, (scope) => getCarePlan(scope, undefined, after));

    expect(viewBefore.ok && viewBefore.data).toMatchObject({
      plan: { version: 1 },
      currentVersion: 1,
      versions: [
        { version: 2, planned: true },
        { version: 1, planned: false },
      ],
    });
    expect(overviewBefore.ok && overviewBefore.data.carePlan?.version).toBe(1);
    expect(viewAfter.ok && viewAfter.data).toMatchObject({
      plan: { version: 2, summary: "Vanaf maart." },
      currentVersion: 2,
      isCurrent: true,
    });
  });
});
