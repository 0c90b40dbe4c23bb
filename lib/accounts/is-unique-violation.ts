import { Prisma } from "@/generated/prisma/client";

// True for PostgreSQL's unique violation as Prisma reports it (P2002):
// the row a parallel request created first wins.
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
