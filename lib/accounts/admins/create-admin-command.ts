import { parseArgs } from "node:util";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb } from "@/lib/db/client";
import { isOutboxActive } from "@/lib/mail/outbox/is-outbox-active";
import { emailField, nameField } from "@/lib/admin/forms/fields";
import { sendInvitation } from "../invitations/send-invitation";
import { createAdminInvitation } from "./create-admin-invitation";

export type CommandOutput = { out: (line: string) => void; err: (line: string) => void };

export const CREATE_ADMIN_USAGE =
  'Usage: npm run admin:create -- --email <address> --name "<full name>"';

const inputSchema = z.object({
  email: z.string({ error: "--email is required" }).pipe(emailField),
  name: z.string({ error: "--name is required" }).pipe(nameField),
});

// Why the input was refused, in words for the person at the terminal.
const FIELD_MESSAGES: Record<string, string> = {
  EMAIL_REQUIRED: "--email is empty",
  EMAIL_INVALID: "--email is not a valid e-mail address",
  NAME_REQUIRED: "--name is empty",
  NAME_TOO_LONG: "--name is too long",
};

export const CREATE_ADMIN_HELP = [
  CREATE_ADMIN_USAGE,
  "",
  "Creates an invited admin account and mails the invitation. The new admin",
  "chooses a password through the link in that mail; none is set here. When",
  "mail stays in the local outbox (development, demo), the link is printed.",
  "Run it again for an admin who is still invited to send a new link.",
];

export type CreateAdminArgs =
  | { ok: true; input: { email: string; name: string } }
  | { ok: false; messages: string[]; exitCode: 0 | 1 };

// Reads --email and --name; anything missing, malformed or unknown is
// refused with a message for each problem and the usage line. --help
// explains the command.
export function parseCreateAdminArgs(argv: string[]): CreateAdminArgs {
  let values: { email?: string; name?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, messages: [message, CREATE_ADMIN_USAGE], exitCode: 1 };
  }
  if (values.help) return { ok: false, messages: CREATE_ADMIN_HELP, exitCode: 0 };

  const parsed = inputSchema.safeParse(values);
  if (!parsed.success) {
    const messages = parsed.error.issues.map(
      (issue) => FIELD_MESSAGES[issue.message] ?? issue.message,
    );
    return { ok: false, messages: [...messages, CREATE_ADMIN_USAGE], exitCode: 1 };
  }

  return { ok: true, input: parsed.data };
}

// `npm run admin:create`: invites an admin, e.g. the very first one. The
// account is created INVITED and the invitation mail goes out as usual;
// its owner chooses a password through the link. No password is ever set
// or printed here. The link itself is printed only when mail stays in the
// local outbox (development and demo hosts), where nobody would receive
// it. Run again for an admin still invited, it sends a new invitation.
// Returns the exit code.
export async function createAdminFromCommand(
  input: { email: string; name: string },
  output: CommandOutput,
): Promise<number> {
  const created = await createAdminInvitation(input, { actorAccountId: null });
  if (created.ok) {
    return report(output, input.email, created.mailSent ? created.activationUrl : null, "Invited");
  }

  return inviteExistingAdmin(input.email, output);
}

// The address is taken: fine for an admin that is still invited (the
// earlier mail may never have arrived); refused for anything else.
async function inviteExistingAdmin(email: string, output: CommandOutput): Promise<number> {
  const db = await getDb();
  const existing = await db.account.findUnique({
    where: { email },
    select: { id: true, role: true, status: true },
  });
  if (!existing || existing.role !== "ADMIN" || existing.status !== "INVITED") {
    output.err(`There is already an account for ${email}; nothing was changed.`);
    return 1;
  }

  const sent = await sendInvitation(existing.id);
  await recordAuditEvent({
    action: "account.invite",
    outcome: sent.ok ? "SUCCESS" : "FAILURE",
    detail: { accountId: existing.id, via: "cli", ...(sent.ok ? {} : { reason: "mail_failed" }) },
  });

  return report(output, email, sent.ok ? sent.activationUrl : null, "Invited again");
}

function report(
  output: CommandOutput,
  email: string,
  activationUrl: string | null,
  verb: string,
): number {
  if (!activationUrl) {
    output.err(`The admin account for ${email} exists, but the invitation mail could not be sent.`);
    output.err("Check the mail settings and run the same command again to send a new invitation.");
    return 1;
  }

  output.out(`${verb} ${email} as an admin. The invitation mail has been sent.`);
  if (isOutboxActive()) {
    output.out("Mail stays in the local outbox here, so this is the activation link:");
    output.out(`  ${activationUrl}`);
  }

  return 0;
}
