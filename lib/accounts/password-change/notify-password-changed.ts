import { logger } from "@/lib/log/logger";
import { sendPasswordChangedEmail } from "@/lib/mail/send-password-changed-email";
import { errorKind } from "@/lib/auth/errors/error-kind";

// Tells the account's own address that its password changed, with the
// administration's contact in case it was not the owner. Sent after the
// change has committed: a mail that fails must not undo the new password,
// so the failure is logged (without the address) and reported as false.
export async function notifyPasswordChanged(input: {
  accountId: string;
  email: string;
}): Promise<boolean> {
  try {
    await sendPasswordChangedEmail({ to: input.email });

    return true;
  } catch (error) {
    logger.warn(
      { accountId: input.accountId, err: errorKind(error) },
      "password changed mail not sent",
    );

    return false;
  }
}
