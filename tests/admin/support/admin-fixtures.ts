import crypto from "node:crypto";
import type { AccountStatus } from "@/generated/prisma/enums";
import type { AdminActor } from "@/lib/admin/admin-actor";
import { clientFormSchema, type ClientFormInput } from "@/lib/admin/forms/client-form-schema";
import type { Db } from "@/lib/db/client";
import { MailDeliveryError } from "@/lib/mail/mail-delivery-error";
import type { MailTransport } from "@/lib/mail/transports/mail-transport";

// Helpers for the admin tests: actors, unique client details, and reading
// what landed in the outbox.

export const TEST_ORIGIN = { ip: "192.0.2.20", userAgent: "vitest" };

export function unique(): string {
  return crypto.randomUUID().slice(0, 8);
}

// An admin account and the actor that stands for its session.
export async function createAdmin(
  db: Db,
  options: { status?: AccountStatus; name?: string } = {},
): Promise<AdminActor> {
  const account = await db.account.create({
    data: {
      email: `beheer-${unique()}@example.test`,
      name: options.name ?? "Beheerder Test",
      role: "ADMIN",
      status: options.status ?? "ACTIVE",
    },
  });

  return { accountId: account.id, role: "ADMIN", origin: TEST_ORIGIN };
}

// A CLIENT session trying the admin operations.
export async function createClientActor(db: Db): Promise<AdminActor> {
  const account = await db.account.create({
    data: {
      email: `client-${unique()}@example.test`,
      name: "Cliënt",
      role: "CLIENT",
      status: "ACTIVE",
    },
  });

  return { accountId: account.id, role: "CLIENT", origin: TEST_ORIGIN };
}

// The "Nieuwe cliënt" form as an admin fills it in, through its schema.
export function clientForm(overrides: Partial<Record<string, string>> = {}): ClientFormInput {
  const id = unique();

  return clientFormSchema.parse({
    name: `Cliënt ${id}`,
    clientNumber: `T-${id}`,
    email: `Client.${id}@Example.test`,
    dateOfBirth: "1941-03-14",
    ...overrides,
  });
}

export function mailsTo(db: Db, to: string) {
  return db.outboxMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
}

// The token in the first link to `path` in a mail's text.
export function tokenFromMail(text: string, path: string): string {
  const match = text.match(new RegExp(`https?://[^\\s]+${path}/([A-Za-z0-9_%-]+)`));
  if (!match?.[1]) throw new Error(`No ${path} link in the mail`);

  return decodeURIComponent(match[1]);
}

export const failingTransport: MailTransport = {
  name: "resend",
  deliver: async () => {
    throw new MailDeliveryError("test_failure");
  },
};

// An ACTIVE client account with a password and a SELF grant.
export async function createActiveClient(db: Db, options: { lockedUntil?: Date } = {}) {
  const id = unique();
  const account = await db.account.create({
    data: {
      email: `actief-${id}@example.test`,
      name: `Actief ${id}`,
      role: "CLIENT",
      status: "ACTIVE",
      lockedUntil: options.lockedUntil ?? null,
      failedLoginCount: options.lockedUntil ? 3 : 0,
      password: { create: { hash: `hash-${id}` } },
    },
  });
  const client = await db.client.create({
    data: {
      clientNumber: `A-${id}`.toUpperCase(),
      name: account.name,
      dossier: { create: {} },
      grants: { create: { accountId: account.id, kind: "SELF" } },
    },
  });

  return { account, client };
}
