import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { escapeLike } from "../search/escape-like";

export const CLIENTS_PER_PAGE = 20;

export type ClientListFilter = { search?: string; page: number };

// One page of clients by name, optionally only those whose name, client
// number or account address contains the search text (ignoring case;
// % and _ count as themselves). A page past the end shows the last page.
export async function listClients(filter: ClientListFilter) {
  const db = await getDb();
  const text = filter.search?.trim();
  const contains = text ? { contains: escapeLike(text), mode: "insensitive" as const } : undefined;
  const where: Prisma.ClientWhereInput = contains
    ? {
        OR: [
          { name: contains },
          { clientNumber: contains },
          { grants: { some: { kind: "SELF", account: { email: contains } } } },
        ],
      }
    : {};

  const total = await db.client.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / CLIENTS_PER_PAGE));
  const page = Math.min(Math.max(1, filter.page), pageCount);

  const rows = await db.client.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (page - 1) * CLIENTS_PER_PAGE,
    take: CLIENTS_PER_PAGE,
    select: {
      id: true,
      name: true,
      clientNumber: true,
      grants: {
        where: { kind: "SELF" },
        orderBy: { createdAt: "asc" },
        take: 1,
        select: {
          account: {
            select: { id: true, email: true, status: true, lockedUntil: true, lastLoginAt: true },
          },
        },
      },
    },
  });
  const clients = rows.map(({ grants, ...client }) => ({
    ...client,
    account: grants[0]?.account ?? null,
  }));

  return { clients, total, page, pageCount };
}

export type ClientListPage = Awaited<ReturnType<typeof listClients>>;
export type ClientListItem = ClientListPage["clients"][number];
