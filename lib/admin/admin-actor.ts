import type { CurrentSession } from "@/lib/auth/session/current-session";
import type { RequestOrigin } from "@/lib/http/client-ip";

// The person an admin operation runs for: the signed-in session's account
// and role, and where the request came from (for the audit log).
export type AdminActor = Pick<CurrentSession, "accountId" | "role"> & { origin?: RequestOrigin };
