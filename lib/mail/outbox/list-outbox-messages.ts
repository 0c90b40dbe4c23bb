import { getDb } from "@/lib/db/client";

export type OutboxEntry = {
  to: string;
  subject: string;
  text: string;
  html: string;
  sentAt: Date;
};

export const OUTBOX_LIST_LIMIT = 100;

const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];

function toEntry(row: { to: string; subject: string; text: string; html: string; createdAt: Date }) {
  const { to, subject, text, html, createdAt } = row;

  return { to, subject, text, html, sentAt: createdAt };
}

// Newest first; with `to`, only mail to exactly that address, whatever its
// case. Prisma's case-insensitive filter compiles to ILIKE, where "_" in an
// address would match any character, so the ids are found with lower().
export async function listOutboxMessages(filter: { to?: string } = {}): Promise<OutboxEntry[]> {
  const db = await getDb();

  if (filter.to === undefined) {
    const rows = await db.outboxMessage.findMany({ orderBy: newestFirst, take: OUTBOX_LIST_LIMIT });

    return rows.map(toEntry);
  }

  const matches = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "OutboxMessage" WHERE lower("to") = lower(${filter.to})
    ORDER BY "createdAt" DESC, "id" DESC LIMIT ${OUTBOX_LIST_LIMIT}`;
  const rows = await db.outboxMessage.findMany({
    where: { id: { in: matches.map((match) => match.id) } },
    orderBy: newestFirst,
  });

  return rows.map(toEntry);
}
