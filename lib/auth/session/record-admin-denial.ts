import { cache } from "react";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getRequestOrigin } from "@/lib/http/client-ip";
import { isRecordId } from "@/lib/validation/is-record-id";

// A signed-in account without the admin role tried the admin area or an
// admin action. Audited as DENIED under "admin.access"; once per request
// for a given session and client, since a layout and its page both ask.
// The client id comes from the URL or form, so only an id-shaped one is
// kept as the subject.
export const recordAdminDenial = cache(
  async (accountId: string, sessionId: string, clientId: string | null): Promise<void> => {
    const origin = await getRequestOrigin();

    await recordAuditEvent({
      action: "admin.access",
      outcome: "DENIED",
      actorAccountId: accountId,
      subjectClientId: isRecordId(clientId) ? clientId : null,
      ip: origin.ip,
      userAgent: origin.userAgent,
      detail: { reason: "not_admin", sessionId },
    });
  },
);
