import { describe, expect, it } from "vitest";
import {
  AUDIT_EVENTS_PER_PAGE,
  listClientAuditEvents,
} from "@/lib/admin/audit/list-client-audit-events";
import { parseAuditSearch } from "@/lib/admin/audit/parse-audit-search";
import { recordAdminAccess } from "@/lib/admin/audit/record-admin-access";
import { MAX_FAILED_PASSWORD_ATTEMPTS } from "@/lib/auth/constants";
import { startLogin } from "@/lib/auth/login/start-login";
import { createTestAccount, testOrigin } from "@/lib/auth/testing/login-fixtures";
import { useTestDatabase } from "@/tests/support/test-database";
import { createActiveClient, createAdmin } from "./support/admin-fixtures";

const db = useTestDatabase();

const DAY = 24 * 60 * 60 * 1000;
const START = new Date("2026-03-01T10:00:00Z").getTime();

describe("a client's audit log", () => {
  it("lists only that client's events, newest first, with who did it", async () => {
    const admin = await createAdmin(db(), { name: "Fatima Beheer" });
    const { account, client } = await createActiveClient(db());
    const other = await createActiveClient(db());
    await db().auditEvent.createMany({
      data: [
        {
          action: "login.password",
          outcome: "SUCCESS",
          subjectClientId: client.id,
          actorAccountId: account.id,
          occurredAt: new Date(START),
          ip: "192.0.2.1",
        },
        {
          action: "account.update",
          outcome: "SUCCESS",
          subjectClientId: client.id,
          actorAccountId: admin.accountId,
          occurredAt: new Date(START + DAY),
        },
        {
          action: "session.ended",
          outcome: "SUCCESS",
          subjectClientId: client.id,
          actorAccountId: null,
          occurredAt: new Date(START + 2 * DAY),
        },
        {
          action: "dossier.view",
          outcome: "SUCCESS",
          subjectClientId: other.client.id,
          actorAccountId: other.account.id,
          occurredAt: new Date(START),
        },
      ],
    });

    const page = await listClientAuditEvents({ clientId: client.id, page: 1 });

    expect(page.total).toBe(3);
    expect(page.events.map((event) => event.action)).toEqual([
      "session.ended",
      "account.update",
      "login.password",
    ]);
    expect(page.events[0]?.actor).toBeNull();
    expect(page.events[1]?.actor).toMatchObject({ name: "Fatima Beheer" });
    expect(page.events[2]).toMatchObject({ ip: "192.0.2.1", actor: { email: account.email } });
  });

  it("filters by kind and by period, the end day included", async () => {
    const { client } = await createActiveClient(db());
    await db().auditEvent.createMany({
      data: [0, 1, 2, 3].map((day) => ({
        action: day % 2 === 0 ? "dossier.view" : "login.code",
        outcome: "SUCCESS" as const,
        subjectClientId: client.id,
        occurredAt: new Date(START + day * DAY),
      })),
    });
    const search = parseAuditSearch(
      { van: "2026-03-02", tot: "2026-03-03", soort: "login.code" },
      "Europe/Amsterdam",
    );

    const byKind = await listClientAuditEvents({
      clientId: client.id,
      page: 1,
      action: "dossier.view",
    });
    const byPeriod = await listClientAuditEvents({
      clientId: client.id,
      page: 1,
      since: search.since,
      until: search.until,
    });
    const both = await listClientAuditEvents({ clientId: client.id, ...search, page: 1 });

    expect(byKind.total).toBe(2);
    expect(byPeriod.events.map((event) => event.occurredAt.toISOString())).toEqual([
      "2026-03-03T10:00:00.000Z",
      "2026-03-02T10:00:00.000Z",
    ]);
    expect(both.events.map((event) => event.action)).toEqual(["login.code"]);
  });

  it(`pages by ${AUDIT_EVENTS_PER_PAGE}`, async () => {
    const { client } = await createActiveClient(db());
    await db().auditEvent.createMany({
      data: Array.from({ length: AUDIT_EVENTS_PER_PAGE + 2 }, (_, index) => ({
        action: "dossier.view",
        outcome: "SUCCESS" as const,
        subjectClientId: client.id,
        occurredAt: new Date(START + index * 60_000),
      })),
    });

    const first = await listClientAuditEvents({ clientId: client.id, page: 1 });
    const second = await listClientAuditEvents({ clientId: client.id, page: 2 });

    expect(first.events).toHaveLength(AUDIT_EVENTS_PER_PAGE);
    expect(first.pageCount).toBe(2);
    expect(second.events.map((event) => event.occurredAt.getTime())).toEqual([
      START + 60_000,
      START,
    ]);
  });

  it("reads the search: an unknown kind and a bad date are reported and left out", () => {
    const search = parseAuditSearch(
      { soort: "drop table", van: "31-02-2026", pagina: "-3" },
      "Europe/Amsterdam",
    );

    expect(search).toMatchObject({ actionInvalid: true, page: 1, errors: ["invalidFrom"] });
    expect(search.action).toBeUndefined();
    expect(search.since).toBeUndefined();
  });

  it("records that an admin looked at the log", async () => {
    const admin = await createAdmin(db());
    const { client } = await createActiveClient(db());

    await recordAdminAccess(admin, { clientId: client.id, view: "audit" });

    const [event] = (await listClientAuditEvents({ clientId: client.id, page: 1 })).events;
    expect(event).toMatchObject({ action: "admin.access", outcome: "SUCCESS" });
    expect(event?.actorAccountId).toBe(admin.accountId);
  });
});

describe("a client's own sign-in in their audit log", () => {
  it("shows the password step, the code mail and a lock under the client, never under another", async () => {
    const account = await createTestAccount(db());
    const client = await db().client.create({
      data: {
        clientNumber: `AUD-${account.id.slice(0, 8)}`.toUpperCase(),
        name: "Audit Persoon",
        dossier: { create: {} },
        grants: { create: { accountId: account.id, kind: "SELF" } },
      },
    });
    const other = await createActiveClient(db());
    const origin = testOrigin();

    expect((await startLogin({ ...account, password: "niet mijn wachtwoord", origin })).ok).toBe(
      false,
    );
    expect((await startLogin({ ...account, origin })).ok).toBe(true);
    await db().account.update({
      where: { id: account.id },
      data: { failedLoginCount: MAX_FAILED_PASSWORD_ATTEMPTS - 1 },
    });
    await startLogin({ ...account, password: "weer niet mijn wachtwoord", origin });

    const page = await listClientAuditEvents({ clientId: client.id, page: 1 });
    const seen = page.events.map((event) => `${event.action} ${event.outcome}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        "login.password FAILURE",
        "login.password SUCCESS",
        "login.code_sent SUCCESS",
        "login.locked DENIED",
      ]),
    );
    expect((await listClientAuditEvents({ clientId: other.client.id, page: 1 })).total).toBe(0);
  });
});
