import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/mail/render-email";
import { ActivationEmail } from "./activation-email";
import { AddressChangedEmail } from "./address-changed-email";
import { AdminInvitationEmail } from "./admin-invitation-email";
import type { EmailOrganisation } from "./components/organisation";
import { PasswordChangedEmail } from "./password-changed-email";
import { PasswordResetEmail } from "./password-reset-email";
import { VerificationCodeEmail } from "./verification-code-email";

// Not the default names, so a template that ignores its props would fail.
const organisation: EmailOrganisation = {
  organisationName: "Zorggroep Testdal",
  portalName: "Mijn testdal",
  supportEmail: "administratie@testdal.example",
  supportPhone: "030 765 43 21",
};

describe("verification code mail", () => {
  it("shows the code, its validity and the organisation in HTML and text", async () => {
    const { html, text } = await renderEmail(
      <VerificationCodeEmail code="907135" purpose="LOGIN" organisation={organisation} />,
    );

    for (const part of [html, text]) {
      expect(part).toContain("907135");
      expect(part).toContain("Zorggroep Testdal");
      expect(part).toContain("Mijn testdal");
      expect(part).toContain("De code is 10 minuten geldig.");
    }
    expect(html).toContain('lang="nl"');
  });

  it("says nothing beyond the code, its purpose and the sender", async () => {
    const { text } = await renderEmail(
      <VerificationCodeEmail code="907135" purpose="LOGIN" organisation={organisation} />,
    );

    expect(text.split("\n").filter((line) => line.trim() !== "")).toEqual([
      "Mijn testdal",
      "Uw inlogcode",
      "U logt in op Mijn testdal. Vul deze code in om verder te gaan:",
      "907135",
      "De code is 10 minuten geldig.",
      "Geef deze code aan niemand. Medewerkers van Zorggroep Testdal vragen nooit naar deze code.",
      "Probeerde u niet zelf in te loggen? Dan kent iemand anders misschien uw wachtwoord. Kies dan zo snel mogelijk een nieuw wachtwoord via “Wachtwoord vergeten” op de inlogpagina en neem contact op met Zorggroep Testdal.",
      "Met vriendelijke groet,",
      "Zorggroep Testdal",
      "----------------------------------------",
      "Dit is een automatisch bericht van Mijn testdal. Antwoorden op deze e-mail worden niet gelezen.",
    ]);
  });

  it("words activation and password reset codes differently from login", async () => {
    const login = await renderEmail(<VerificationCodeEmail purpose="LOGIN" />);
    const activation = await renderEmail(<VerificationCodeEmail purpose="ACTIVATION" />);
    const reset = await renderEmail(<VerificationCodeEmail purpose="PASSWORD_RESET" />);

    expect(activation.text).toContain("Vul deze code in om uw account te activeren");
    expect(reset.text).toContain("Vul deze code in om het te bevestigen");
    expect(login.text).not.toContain("e-mail negeren");
    for (const other of [activation, reset]) {
      expect(other.text).toContain("Dan kunt u deze e-mail negeren.");
      expect(other.text).not.toContain("Wachtwoord vergeten");
    }
    expect(new Set([login.text, activation.text, reset.text]).size).toBe(3);
  });
});

describe("activation mail", () => {
  const activationUrl = "https://portaal.testdal.example/activeren/abc123";

  it("greets the client and links to choosing a password, valid 72 hours", async () => {
    const { html, text } = await renderEmail(
      <ActivationEmail name="Jan Bakker" activationUrl={activationUrl} organisation={organisation} />,
    );

    expect(html).toContain(`href="${activationUrl}"`);
    for (const part of [html, text]) {
      expect(part).toContain("Beste Jan Bakker,");
      expect(part).toContain("Zorggroep Testdal");
    }
    expect(text).toContain(activationUrl);
    expect(text).toContain(
      "Klik op de link en kies een wachtwoord; daarna krijgt u een e-mail met een verificatiecode.",
    );
    expect(text).toContain("De link is 72 uur geldig.");
  });
});

describe("admin invitation mail", () => {
  it("invites by name with the activation link and its validity", async () => {
    const activationUrl = "https://portaal.testdal.example/activeren/admin789";
    const { html, text } = await renderEmail(
      <AdminInvitationEmail
        name="Sanne de Wit"
        activationUrl={activationUrl}
        organisation={organisation}
      />,
    );

    expect(html).toContain(`href="${activationUrl}"`);
    expect(text).toContain(activationUrl);
    expect(text).toContain("Beste Sanne de Wit,");
    expect(text).toContain("Zorggroep Testdal heeft u uitgenodigd als beheerder van Mijn testdal.");
    expect(text).toContain("De link is 72 uur geldig.");
  });
});

describe("password reset mail", () => {
  it("links to choosing a new password, valid 60 minutes, and says to ignore it if unasked", async () => {
    const resetUrl = "https://portaal.testdal.example/wachtwoord-herstellen/xyz";
    const { html, text } = await renderEmail(
      <PasswordResetEmail resetUrl={resetUrl} organisation={organisation} />,
    );

    expect(html).toContain(`href="${resetUrl}"`);
    expect(text).toContain(resetUrl);
    expect(text).toContain("Mijn testdal");
    expect(text).toContain("Zorggroep Testdal");
    expect(text).toContain("De link is 60 minuten geldig.");
    expect(text).toContain("Heeft u hier niet om gevraagd? Dan kunt u deze e-mail negeren.");
  });
});

describe("password changed mail", () => {
  it("tells whom to contact, by e-mail and phone, if the change was not theirs", async () => {
    const { html, text } = await renderEmail(<PasswordChangedEmail organisation={organisation} />);

    for (const part of [html, text]) {
      expect(part).toContain("administratie@testdal.example");
      expect(part).toContain("030 765 43 21");
      expect(part).toContain("Zorggroep Testdal");
    }
    expect(text).toContain("Het wachtwoord van uw account bij Mijn testdal is zojuist gewijzigd.");
  });
});

describe("address changed mail", () => {
  it("says when the administration changed it, on the portal's clock, and whom to contact", async () => {
    const { html, text } = await renderEmail(
      <AddressChangedEmail
        changedAt={new Date("2026-07-01T22:05:00Z")}
        timeZone="Europe/Amsterdam"
        organisation={organisation}
      />,
    );

    expect(html).not.toContain("href=");
    expect(text.split("\n").filter((line) => line.trim() !== "")).toEqual([
      "Mijn testdal",
      "Uw e-mailadres is gewijzigd",
      "De administratie van Zorggroep Testdal heeft op 2 juli 2026 om 00:05 het e-mailadres van uw account bij Mijn testdal gewijzigd.",
      "U logt voortaan in met het nieuwe e-mailadres. Was u ingelogd? Dan bent u uitgelogd. Op dit adres krijgt u geen berichten over uw account meer.",
      "Heeft u hier zelf om gevraagd? Dan hoeft u niets te doen.",
      "Heeft u hier niet om gevraagd? Neem dan meteen contact op met de administratie van Zorggroep Testdal:",
      "E-mail: administratie@testdal.example. Telefoon: 030 765 43 21.",
      "Met vriendelijke groet,",
      "Zorggroep Testdal",
      "----------------------------------------",
      "Dit is een automatisch bericht van Mijn testdal. Antwoorden op deze e-mail worden niet gelezen.",
    ]);
  });
});

describe("previews", () => {
  it("render every template from its default props alone", async () => {
    const templates = [
      <VerificationCodeEmail key="code" />,
      <ActivationEmail key="activation" />,
      <AdminInvitationEmail key="invitation" />,
      <PasswordResetEmail key="reset" />,
      <PasswordChangedEmail key="changed" />,
      <AddressChangedEmail key="address" />,
    ];

    for (const template of templates) {
      const { text } = await renderEmail(template);
      expect(text).toContain("Nora Zorg");
    }
  });
});
