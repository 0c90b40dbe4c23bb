import common from "@/messages/nl/common.json" with { type: "json" };
import auth from "@/messages/nl/auth.json" with { type: "json" };
import dossier from "@/messages/nl/dossier.json" with { type: "json" };
import account from "@/messages/nl/account.json" with { type: "json" };
import admin from "@/messages/nl/admin.json" with { type: "json" };
import adminDossier from "@/messages/nl/admin-dossier.json" with { type: "json" };
import help from "@/messages/nl/help.json" with { type: "json" };
import email from "@/messages/nl/email.json" with { type: "json" };
import errors from "@/messages/nl/errors.json" with { type: "json" };

export const DEFAULT_LOCALE = "nl";
export type Locale = typeof DEFAULT_LOCALE;

// All user-facing text lives in messages/<locale>/, one file per area of
// the portal, each under its own top-level key.
const dutch = { common, auth, dossier, account, admin, adminDossier, help, email, errors };

export type Messages = typeof dutch;

export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case "nl":
      return dutch;
  }
}
