import type { RequestOrigin } from "@/lib/http/client-ip";

// Who makes a change to an account and from where, for its audit event.
// No actor means the system itself, e.g. the command-line admin setup.
export type ChangeContext = { actorAccountId: string | null; origin?: RequestOrigin };

export function auditOrigin(context: ChangeContext) {
  return {
    actorAccountId: context.actorAccountId,
    ip: context.origin?.ip ?? null,
    userAgent: context.origin?.userAgent ?? null,
  };
}
