import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/test-database";
import { publicUrl } from "./public-url";
import { sendActivationEmail } from "./send-activation-email";
import { sendAddressChangedEmail } from "./send-address-changed-email";
import { sendAdminInvitationEmail } from "./send-admin-invitation-email";
import { sendPasswordChangedEmail } from "./send-password-changed-email";
import { sendPasswordResetEmail } from "./send-password-reset-email";

const getDb = useTestDatabase();

function uniqueAddress(kind: string): string {
  return `${kind}-${crypto.randomUUID()}@example.test`;
}

async function onlyMailTo(to: string) {
  const rows = await getDb().outboxMessage.findMany({ where: { to } });
  expect(rows).toHaveLength(1);

  return rows[0]!;
}

describe("the account mails", () => {
  it("sends the activation link to the new client", async () => {
    const to = uniqueAddress("activation");
    const activationUrl = publicUrl(`/activeren/${crypto.randomUUID()}`);

    await sendActivationEmail({ to, name: "Jan Bakker", activationUrl });

    const mail = await onlyMailTo(to);
    expect(mail.subject).toBe("Activeer uw account voor Mijn norazorg");
    expect(mail.text).toContain(activationUrl);
    expect(mail.text).toContain("Beste Jan Bakker,");
  });

  it("sends the invitation link to a new administrator", async () => {
    const to = uniqueAddress("invitation");
    const activationUrl = publicUrl(`/activeren/${crypto.randomUUID()}`);

    await sendAdminInvitationEmail({ to, name: "Sanne de Wit", activationUrl });

    const mail = await onlyMailTo(to);
    expect(mail.subject).toBe("Uitnodiging als beheerder van Mijn norazorg");
    expect(mail.text).toContain(activationUrl);
  });

  it("sends the password reset link", async () => {
    const to = uniqueAddress("reset");
    const resetUrl = publicUrl(`/wachtwoord-herstellen/${crypto.randomUUID()}`);

    await sendPasswordResetEmail({ to, resetUrl });

    const mail = await onlyMailTo(to);
    expect(mail.subject).toBe("Nieuw wachtwoord voor Mijn norazorg");
    expect(mail.html).toContain(`href="${resetUrl}"`);
  });

  it("tells the account owner their password changed, with the administration's contact", async () => {
    const to = uniqueAddress("changed");

    await sendPasswordChangedEmail({ to });

    const mail = await onlyMailTo(to);
    expect(mail.subject).toBe("Uw wachtwoord voor Mijn norazorg is gewijzigd");
    expect(mail.text).toContain("administratie@norazorg.example");
    expect(mail.text).toContain("020 123 45 67");
  });

  it("tells the old address its account moved, on the portal's clock, with the administration's contact", async () => {
    const to = uniqueAddress("moved");

    await sendAddressChangedEmail({ to, changedAt: new Date("2026-01-15T08:30:00Z") });

    const mail = await onlyMailTo(to);
    expect(mail.subject).toBe("Het e-mailadres van uw account voor Mijn norazorg is gewijzigd");
    expect(mail.text).toContain("op 15 januari 2026 om 09:30");
    expect(mail.text).toContain("administratie@norazorg.example");
    expect(mail.text).toContain("020 123 45 67");
  });
});
