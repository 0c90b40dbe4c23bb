import { beforeEach, describe, expect, it, vi } from "vitest";
import type { MailTransportName } from "@/lib/config/config";
import { useTestDatabase } from "@/tests/support/test-database";
import { GET } from "./route";

// The configured transport, switchable per test.
const transport = vi.hoisted(() => ({ name: "outbox" as MailTransportName }));

vi.mock("@/lib/config/config", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/config/config")>();
  const getConfig = () => {
    const config = actual.getConfig();
    return { ...config, mail: { ...config.mail, transport: transport.name } };
  };

  return { ...actual, getConfig };
});

const getDb = useTestDatabase();

type OutboxJson = { to: string; subject: string; text: string; html: string; sentAt: string };

function request(query: string): Request {
  return new Request(`http://localhost:3000/api/dev/outbox${query}`);
}

async function storeMail(to: string, subject: string, sentAt: Date): Promise<void> {
  await getDb().outboxMessage.create({
    data: { to, subject, text: `tekst ${subject}`, html: `<p>${subject}</p>`, createdAt: sentAt },
  });
}

beforeEach(() => {
  transport.name = "outbox";
});

describe("GET /api/dev/outbox", () => {
  it("returns the mail to one address, newest first, with the agreed fields", async () => {
    const to = `outbox-${crypto.randomUUID()}@example.test`;
    await storeMail(to, "tweede", new Date("2026-01-02T10:00:00Z"));
    await storeMail(to, "derde", new Date("2026-01-03T10:00:00Z"));
    await storeMail(to, "eerste", new Date("2026-01-01T10:00:00Z"));

    const response = await GET(request(`?to=${encodeURIComponent(to)}`));
    const body = (await response.json()) as OutboxJson[];

    expect(response.status).toBe(200);
    expect(body.map((mail) => mail.subject)).toEqual(["derde", "tweede", "eerste"]);
    expect(body[0]).toEqual({
      to,
      subject: "derde",
      text: "tekst derde",
      html: "<p>derde</p>",
      sentAt: "2026-01-03T10:00:00.000Z",
    });
  });

  it("matches the address whatever its case, and nothing else", async () => {
    const id = crypto.randomUUID();
    await storeMail(`Jan.Bakker_${id}@Example.test`, "voor jan", new Date());
    await storeMail(`jan.bakkerx${id}@example.test`, "voor een ander", new Date());

    const response = await GET(request(`?to=JAN.BAKKER_${id}@EXAMPLE.TEST`));
    const body = (await response.json()) as OutboxJson[];

    expect(body.map((mail) => mail.subject)).toEqual(["voor jan"]);
  });

  it("returns an empty list for an address without mail", async () => {
    const response = await GET(request(`?to=niemand-${crypto.randomUUID()}@example.test`));

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
  });

  it.each([
    ["without an address", ""],
    ["with an empty address", "?to="],
    ["with something that is not an address", "?to=geen-adres"],
  ])("answers 400 with a Dutch message %s", async (_, query) => {
    const response = await GET(request(query));

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: expect.stringContaining("Geef een geldig e-mailadres op"),
    });
  });

  it("does not exist when mail goes through Resend", async () => {
    const to = `resend-${crypto.randomUUID()}@example.test`;
    await storeMail(to, "oud bericht", new Date());
    transport.name = "resend";

    const response = await GET(request(`?to=${to}`));

    expect(response.status).toBe(404);
    expect(JSON.stringify(await response.json())).not.toContain("oud bericht");
  });
});
