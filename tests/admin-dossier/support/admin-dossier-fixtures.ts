import crypto from "node:crypto";
import type { AccountStatus } from "@/generated/prisma/enums";
import type { DossierActor } from "@/lib/admin/dossier/dossier-actor";
import type { Db } from "@/lib/db/client";

export const ADMIN_ORIGIN = { ip: "192.0.2.30", userAgent: "vitest-admin" };

function unique(): string {
  return crypto.randomUUID().slice(0, 8);
}

// An admin account and the actor that stands for its session.
export async function createAdminActor(
  db: Db,
  options: { status?: AccountStatus } = {},
): Promise<DossierActor> {
  const account = await db.account.create({
    data: {
      email: `beheer-${unique()}@example.test`,
      name: "Beheerder Dossier",
      role: "ADMIN",
      status: options.status ?? "ACTIVE",
    },
  });

  return { accountId: account.id, role: "ADMIN", origin: ADMIN_ORIGIN };
}

// The actor of a signed-in client, trying an admin operation.
export function clientActor(accountId: string): DossierActor {
  return { accountId, role: "CLIENT", origin: ADMIN_ORIGIN };
}

export async function addReport(db: Db, dossierId: string, text = "Rustige dag gehad.") {
  return db.report.create({
    data: {
      dossierId,
      writtenAt: new Date("2026-02-10T09:15:00Z"),
      author: "Wijkverpleegkundige",
      category: "WELLBEING",
      text,
    },
  });
}

export async function addAppointment(db: Db, dossierId: string) {
  return db.appointment.create({
    data: {
      dossierId,
      startsAt: new Date("2026-06-01T07:00:00Z"),
      endsAt: new Date("2026-06-01T08:00:00Z"),
      location: "Thuis",
      careWorker: "Ilse",
      description: "Hulp bij douchen",
    },
  });
}

export async function addContactMoment(db: Db, dossierId: string) {
  return db.contactMoment.create({
    data: {
      dossierId,
      occurredAt: new Date("2026-02-01T13:00:00Z"),
      channel: "PHONE",
      withWhom: "Dochter",
      summary: "Afspraak verzet.",
    },
  });
}

// Dossier write events about one client, oldest first.
export function writeEventsAbout(db: Db, clientId: string) {
  return db.auditEvent.findMany({
    where: { subjectClientId: clientId, action: "dossier.write" },
    orderBy: { occurredAt: "asc" },
  });
}
