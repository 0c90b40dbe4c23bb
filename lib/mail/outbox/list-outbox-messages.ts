import { getDb } from "@/lib/db/client";

export type OutboxEntry = {
  to: string;
  subject: string;
  text: string;
  html: string;
  sentAt: Date;
};

export const OUTBOX_LIST_LIMIT = 100;

// Newest first; with `to`, only mail to that address, whatever its case.
export async function listOutboxMessages(filter: { to?: string } = {}): Promise<OutboxEntry[]> {
  const db = await getDb();
  const rows = await db.outboxMessage.findMany({
    where: filter.to ? { to: { equals: filter.to, mode: "insensitive" } } : undefined,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: OUTBOX_LIST_LIMIT,
  });

  return rows.map(({ to, subject, text, html, createdAt }) => ({
    to,
    subject,
    text,
    html,
    sentAt: createdAt,
  }));
}
