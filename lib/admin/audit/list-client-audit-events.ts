import type { Prisma } from "@/generated/prisma/client";
import type { AuditAction } from "@/lib/audit/audit-actions";
import { getDb } from "@/lib/db/client";

export const AUDIT_EVENTS_PER_PAGE = 25;

export type ClientAuditFilter = {
  clientId: string;
  page: number;
  action?: AuditAction;
  // Inclusive start and exclusive end of the period, as instants.
  since?: Date;
  until?: Date;
};

// One page of the audit events about a client, newest first, each with
// the name and address of the account that acted (null: the system).
export async function listClientAuditEvents(filter: ClientAuditFilter) {
  const db = await getDb();
  const where: Prisma.AuditEventWhereInput = {
    subjectClientId: filter.clientId,
    action: filter.action,
    occurredAt: { gte: filter.since, lt: filter.until },
  };

  const total = await db.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_EVENTS_PER_PAGE));
  const page = Math.min(Math.max(1, filter.page), pageCount);

  const rows = await db.auditEvent.findMany({
    where,
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_EVENTS_PER_PAGE,
    take: AUDIT_EVENTS_PER_PAGE,
    select: {
      id: true,
      occurredAt: true,
      actorAccountId: true,
      action: true,
      outcome: true,
      ip: true,
    },
  });

  const actorIds = [...new Set(rows.map((row) => row.actorAccountId).filter((id) => id !== null))];
  const actors = await db.account.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, name: true, email: true },
  });
  const byId = new Map(actors.map((actor) => [actor.id, actor]));

  const events = rows.map((row) => ({
    ...row,
    // An account id that no longer exists is shown as unknown, not as the system.
    actor: row.actorAccountId ? (byId.get(row.actorAccountId) ?? ("unknown" as const)) : null,
  }));

  return { events, total, page, pageCount };
}

export type ClientAuditPage = Awaited<ReturnType<typeof listClientAuditEvents>>;
export type ClientAuditEvent = ClientAuditPage["events"][number];
