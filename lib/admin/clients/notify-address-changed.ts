import { errorKind } from "@/lib/auth/errors/error-kind";
import { logger } from "@/lib/log/logger";
import { sendAddressChangedEmail } from "@/lib/mail/send-address-changed-email";

// Tells the old address of an active account that the administration moved
// the account to a new one, so a change the owner did not ask for (a
// helpdesk talked into it) does not go unnoticed. Sent after the change
// has committed: a mail that fails must not undo it, so the failure is
// logged (without the address) and reported as false.
export async function notifyAddressChanged(input: {
  accountId: string;
  oldEmail: string;
  changedAt: Date;
}): Promise<boolean> {
  try {
    await sendAddressChangedEmail({ to: input.oldEmail, changedAt: input.changedAt });

    return true;
  } catch (error) {
    logger.warn(
      { accountId: input.accountId, err: errorKind(error) },
      "address changed mail not sent",
    );

    return false;
  }
}
