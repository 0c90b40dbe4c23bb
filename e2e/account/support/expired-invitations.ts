// Invited accounts whose activation link has already expired, for the
// test of the expired-link page: 72 hours cannot pass during a test run.
// The seed mails each link to the outbox like a real invitation and only
// then moves its expiry into the past, so the test reads the link from the
// mail as a client would, and nothing secret is printed or stored.
import { subHours } from "date-fns";
import { activationUrl } from "@/lib/accounts/tokens/action-links";
import { issueActionToken } from "@/lib/accounts/tokens/issue-action-token";
import { useDb, type Db } from "@/lib/db/client";
import { sendActivationEmail } from "@/lib/mail/send-activation-email";
import { EXPIRED_INVITATION_PROJECTS, expiredInvitationEmail } from "./expired-invitation-email";

export async function seedExpiredInvitations(db: Db, runId: string): Promise<void> {
  // The mail goes through the app's own sendEmail, whose outbox uses getDb().
  useDb(db);

  for (const project of EXPIRED_INVITATION_PROJECTS) {
    const email = expiredInvitationEmail(runId, project);
    const account = await db.account.create({
      data: { email, name: "Verlopen Uitnodiging", role: "CLIENT", status: "INVITED" },
    });
    const { token } = await issueActionToken(account.id, "ACTIVATION", db);
    const url = activationUrl(token);
    await sendActivationEmail({ to: email, name: account.name, activationUrl: url });
    await db.actionToken.updateMany({
      where: { accountId: account.id },
      data: { expiresAt: subHours(new Date(), 1) },
    });
  }
}
