import { beforeAll, describe, expect, it } from "vitest";
import { openDossier } from "@/lib/dossier/open-dossier";
import { listAppointments } from "@/lib/dossier/queries/list-appointments";
import { checkPassword } from "@/lib/passwords/check-password";
import { hashPassword } from "@/lib/passwords/hash-password";
import { verifyPassword } from "@/lib/passwords/verify-password";
import { e2eClient } from "@/e2e/support/e2e-accounts";
import { clientNumberField, nameField } from "@/lib/admin/forms/fields";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { DEMO_CLIENTS } from "@/prisma/seed/demo-clients";
import { seedDemoData } from "@/prisma/seed/seed-demo-data";
import { useTestDatabase } from "../support/test-database";

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date("2026-12-04T10:00:00Z");
const options = { hashPassword, timeZone: "Europe/Amsterdam", now: NOW };

// Everything the seed writes, as ids, to compare two runs.
async function snapshot(db: ReturnType<ReturnType<typeof useTestDatabase>>) {
  const ids = async (rows: Promise<{ id: string }[]>) => (await rows).map((row) => row.id).sort();

  return {
    accounts: await ids(db.account.findMany({ select: { id: true } })),
    clients: await ids(db.client.findMany({ select: { id: true } })),
    dossiers: await ids(db.dossier.findMany({ select: { id: true } })),
    grants: await ids(db.dossierGrant.findMany({ select: { id: true } })),
    carePlans: await ids(db.carePlan.findMany({ select: { id: true } })),
    goals: await ids(db.carePlanGoal.findMany({ select: { id: true } })),
    agreements: await ids(db.careAgreement.findMany({ select: { id: true } })),
    appointments: await ids(db.appointment.findMany({ select: { id: true } })),
    reports: await ids(db.report.findMany({ select: { id: true } })),
    contactMoments: await ids(db.contactMoment.findMany({ select: { id: true } })),
    credentials: await db.passwordCredential.count(),
  };
}

describe("the demo seed", () => {
  const db = useTestDatabase();

  beforeAll(async () => {
    await seedDemoData(db(), options);
  });

  it("adds nothing twice when it runs again", async () => {
    const first = await snapshot(db());

    await seedDemoData(db(), { ...options, now: new Date(NOW.getTime() + DAY) });

    expect(await snapshot(db())).toEqual(first);
    expect(first.accounts).toHaveLength(DEMO_ACCOUNTS.length);
  });

  it("creates one admin and at least three active clients with a SELF grant", async () => {
    const accounts = await db().account.findMany({
      include: { grants: { include: { client: { include: { dossier: true } } } } },
    });
    const admins = accounts.filter((account) => account.role === "ADMIN");
    const clients = accounts.filter((account) => account.role === "CLIENT");

    expect(admins).toHaveLength(1);
    expect(clients.length).toBeGreaterThanOrEqual(3);
    for (const account of accounts) expect(account.status).toBe("ACTIVE");
    for (const account of clients) {
      expect(account.grants).toHaveLength(1);
      expect(account.grants[0]).toMatchObject({ kind: "SELF", revokedAt: null, validUntil: null });
      expect(account.grants[0]?.client.dossier).not.toBeNull();
    }
  });

  it("fills every dossier with the promised amount of varied content", async () => {
    const dossiers = await db().dossier.findMany({
      include: {
        carePlans: { include: { goals: true, agreements: true } },
        appointments: true,
        reports: true,
        contactMoments: true,
      },
    });

    expect(dossiers).toHaveLength(3);
    for (const dossier of dossiers) {
      expect(dossier.carePlans.length).toBeGreaterThanOrEqual(1);
      for (const plan of dossier.carePlans) {
        expect(plan.goals.length).toBeGreaterThan(0);
        expect(plan.agreements.length).toBeGreaterThan(0);
      }

      expect(dossier.appointments.length).toBeGreaterThanOrEqual(10);
      expect(dossier.appointments.some((item) => item.startsAt < NOW)).toBe(true);
      expect(dossier.appointments.some((item) => item.startsAt > NOW)).toBe(true);
      const cancelled = dossier.appointments.filter((item) => item.status === "CANCELLED");
      expect(cancelled.length).toBeGreaterThanOrEqual(2);
      for (const item of cancelled) expect(item.cancelReason).toBeTruthy();

      expect(dossier.reports.length).toBeGreaterThanOrEqual(20);
      expect(new Set(dossier.reports.map((report) => report.category)).size).toBeGreaterThanOrEqual(4);
      const times = dossier.reports.map((report) => report.writtenAt.getTime());
      expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(90 * DAY);
      expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime() + DAY);

      expect(dossier.contactMoments.length).toBeGreaterThanOrEqual(10);
    }

    const channels = dossiers.flatMap((dossier) => dossier.contactMoments.map((m) => m.channel));
    expect(new Set(channels)).toEqual(new Set(["PHONE", "VISIT", "EMAIL", "VIDEO"]));
    expect(dossiers.some((dossier) => dossier.carePlans.length >= 2)).toBe(true);
  });

  it("dates the content from the day it runs", async () => {
    const later = new Date(NOW.getTime() + 30 * DAY);
    await seedDemoData(db(), { ...options, now: later });
    const account = await db().account.findUniqueOrThrow({
      where: { email: DEMO_ACCOUNTS.find((demo) => demo.role === "CLIENT")!.email },
    });

    const outcome = await openDossier(
      {
        accountId: account.id,
        origin: { ip: "127.0.0.1", userAgent: null },
        request: { page: "appointments" },
      },
      (scope) => listAppointments(scope, later),
    );

    expect(outcome.ok && outcome.data.upcoming.length).toBeGreaterThan(0);
    expect(outcome.ok && outcome.data.past.length).toBeGreaterThan(0);
  });

  it("gives every demo account a strong password that signs in", async () => {
    for (const demo of DEMO_ACCOUNTS) {
      expect(demo.email).toMatch(/@(example\.test|norazorg\.example)$/);
      const problems = await checkPassword({
        password: demo.password,
        email: demo.email,
        name: demo.name,
      });
      expect(problems).toEqual([]);

      const credential = await db().passwordCredential.findFirstOrThrow({
        where: { account: { email: demo.email } },
      });
      expect(await verifyPassword(demo.password, credential.hash)).toBe(true);
    }
  });

  it("restores a demo account's access when it runs again", async () => {
    const demo = DEMO_ACCOUNTS.find((account) => account.role === "CLIENT")!;
    const account = await db().account.update({
      where: { email: demo.email },
      data: { status: "DEACTIVATED", failedLoginCount: 4 },
    });
    await db().dossierGrant.updateMany({
      where: { accountId: account.id },
      data: { revokedAt: new Date() },
    });

    await seedDemoData(db(), options);

    expect(await db().account.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({
      status: "ACTIVE",
      failedLoginCount: 0,
    });
    const grant = await db().dossierGrant.findFirstOrThrow({ where: { accountId: account.id } });
    expect(grant.revokedAt).toBeNull();
  });
});

// Seeded clients must be ones an admin can open and save again: their
// client numbers and names as the admin forms would store them.
describe("seeded client details", () => {
  it("are stored as the admin forms store them", () => {
    for (const client of [...DEMO_CLIENTS, e2eClient("a1b2c3", 1)]) {
      expect(clientNumberField.parse(client.clientNumber)).toBe(client.clientNumber);
      expect(nameField.parse(client.name)).toBe(client.name);
    }
  });
});
