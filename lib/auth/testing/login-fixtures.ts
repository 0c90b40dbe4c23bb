import crypto from "node:crypto";
import { vi } from "vitest";
import type { AccountRole, AccountStatus } from "@/generated/prisma/enums";
import type { Db } from "@/lib/db/client";
import type { RequestOrigin } from "@/lib/http/client-ip";
import { hashPassword } from "@/lib/passwords/hash-password";

// Helpers for the sign-in tests: accounts with unique addresses, a fresh
// client address per test (so rate limits of one test never touch
// another), and the codes a mocked sendVerificationCodeEmail received.

export const TEST_PASSWORD = "Een heel lang wachtwoord 42";

let passwordHash: Promise<string> | undefined;

export type TestAccount = { id: string; email: string; password: string };

export async function createTestAccount(
  db: Db,
  options: {
    role?: AccountRole;
    status?: AccountStatus;
    withPassword?: boolean;
    lockedUntil?: Date | null;
  } = {},
): Promise<TestAccount> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = `test-${crypto.randomUUID()}@example.test`;

  const account = await db.account.create({
    data: {
      email,
      name: "Test Persoon",
      role: options.role ?? "CLIENT",
      status: options.status ?? "ACTIVE",
      lockedUntil: options.lockedUntil ?? null,
      password: options.withPassword === false ? undefined : { create: { hash: await passwordHash } },
    },
  });

  return { id: account.id, email, password: TEST_PASSWORD };
}

export function testOrigin(): RequestOrigin {
  const part = () => crypto.randomInt(1, 255);

  return { ip: `10.${part()}.${part()}.${part()}`, userAgent: "vitest" };
}

type SendCodeMock = ReturnType<typeof vi.fn>;

// The codes mailed to one address, oldest first.
export function codesSentTo(mock: SendCodeMock, email: string): string[] {
  return mock.mock.calls
    .map(([input]) => input as { to: string; code: string })
    .filter((input) => input.to === email)
    .map((input) => input.code);
}

export function secondsLater(date: Date, seconds: number): Date {
  return new Date(date.getTime() + seconds * 1000);
}
