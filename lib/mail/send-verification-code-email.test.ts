import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/test-database";
import { sendVerificationCodeEmail } from "./send-verification-code-email";

const getDb = useTestDatabase();

describe("sendVerificationCodeEmail", () => {
  it("puts a Dutch login code mail with the code in the outbox", async () => {
    const to = `code-${crypto.randomUUID()}@example.test`;

    await sendVerificationCodeEmail({ to, code: "482913", purpose: "LOGIN" });

    const [message] = await getDb().outboxMessage.findMany({ where: { to } });
    expect(message?.subject).toBe("Uw inlogcode voor Mijn norazorg");
    expect(message?.text).toContain("482913");
    expect(message?.html).toContain("482913");
    expect(message?.text).toContain("10 minuten geldig");
  });

  it("words the subject after the purpose of the code", async () => {
    const to = `reset-${crypto.randomUUID()}@example.test`;

    await sendVerificationCodeEmail({ to, code: "111222", purpose: "PASSWORD_RESET" });
    await sendVerificationCodeEmail({ to, code: "333444", purpose: "ACTIVATION" });

    const subjects = (await getDb().outboxMessage.findMany({ where: { to } })).map(
      (message) => message.subject,
    );
    expect(subjects.sort()).toEqual([
      "Uw code om uw account te activeren",
      "Uw code om uw nieuwe wachtwoord te bevestigen",
    ]);
  });
});
