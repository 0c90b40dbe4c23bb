import { expect, type APIRequestContext } from "@playwright/test";

// One mail as GET /api/dev/outbox?to=... returns it (newest first).
export type OutboxMail = { to: string; subject: string; text: string; html: string; sentAt: string };

function isSameMail(a: OutboxMail, b: OutboxMail): boolean {
  return a.sentAt === b.sentAt && a.subject === b.subject && a.text === b.text;
}

// Reads the mail the portal sent, through the outbox API of the server
// under test (only there when it keeps mail in its outbox).
export class Outbox {
  constructor(private readonly request: APIRequestContext) {}

  async list(to: string): Promise<OutboxMail[]> {
    const response = await this.request.get(`/api/dev/outbox?to=${encodeURIComponent(to)}`);
    if (response.status() === 404) {
      throw new Error("This server has no outbox API: its mail is not on the outbox transport.");
    }
    expect(response.status(), "status of GET /api/dev/outbox").toBe(200);

    return (await response.json()) as OutboxMail[];
  }

  async newest(to: string): Promise<OutboxMail | undefined> {
    return (await this.list(to))[0];
  }

  // Polls until a mail to `to` newer than `after` arrives, and returns it.
  async waitForMail(
    to: string,
    { after, timeout = 20_000 }: { after?: OutboxMail; timeout?: number } = {},
  ): Promise<OutboxMail> {
    let found: OutboxMail | undefined;
    await expect
      .poll(
        async () => {
          const newest = await this.newest(to);
          found = newest && !(after && isSameMail(newest, after)) ? newest : undefined;
          return Boolean(found);
        },
        { message: `a new mail to ${to} in the outbox`, timeout, intervals: [200, 500, 1000] },
      )
      .toBe(true);

    return found!;
  }
}

// The 6-digit code in a verification mail.
export function extractCode(mail: OutboxMail): string {
  const match = mail.text.match(/\b(\d{6})\b/);
  if (!match) throw new Error(`No 6-digit code in the mail "${mail.subject}"`);

  return match[1]!;
}

// The first link in a mail whose path starts with `pathPrefix`.
export function extractLink(mail: OutboxMail, pathPrefix = "/"): string {
  const links = mail.text.match(/https?:\/\/[^\s<>"')]+/g) ?? [];
  const link = links.find((candidate) => new URL(candidate).pathname.startsWith(pathPrefix));
  if (!link) throw new Error(`No link to ${pathPrefix} in the mail "${mail.subject}"`);

  return link;
}
