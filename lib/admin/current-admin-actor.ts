import { requireAdminSession, type AdminGuardOptions } from "@/lib/auth/session/require-session";
import { getRequestOrigin } from "@/lib/http/client-ip";
import type { AdminActor } from "./admin-actor";

// The signed-in admin of this request as an actor for admin operations.
// A visitor is sent to sign in; anyone else gets "not found".
export async function currentAdminActor(
  options: AdminGuardOptions = {},
): Promise<AdminActor & { name: string }> {
  const session = await requireAdminSession(options);

  return {
    accountId: session.accountId,
    role: session.role,
    name: session.name,
    origin: await getRequestOrigin(),
  };
}
