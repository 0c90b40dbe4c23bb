import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createAdminFromCommand,
  parseCreateAdminArgs,
} from "@/lib/accounts/admins/create-admin-command";
import { ACTIVATION_PATH } from "@/lib/accounts/tokens/action-links";
import { findUsableActionToken } from "@/lib/accounts/tokens/find-action-token";
import { useMailTransport } from "@/lib/mail/transports/get-mail-transport";
import { useTestDatabase } from "@/tests/support/test-database";
import { failingTransport, mailsTo, tokenFromMail, unique } from "./support/admin-fixtures";

const db = useTestDatabase();

const mailSetting = vi.hoisted(() => ({ outbox: true }));
vi.mock("@/lib/mail/outbox/is-outbox-active", () => ({ isOutboxActive: () => mailSetting.outbox }));

afterEach(() => {
  useMailTransport(undefined);
  mailSetting.outbox = true;
});

function capture() {
  const lines = { out: [] as string[], err: [] as string[] };

  return {
    lines,
    output: {
      out: (line: string) => lines.out.push(line),
      err: (line: string) => lines.err.push(line),
    },
  };
}

describe("npm run admin:create", () => {
  it("refuses missing, malformed and unknown arguments with a message and the usage", () => {
    const cases: [string[], string][] = [
      [[], "--email is required"],
      [["--email", "beheer@example.test"], "--name is required"],
      [["--email", "geen-adres", "--name", "Fatima"], "--email is not a valid e-mail address"],
      [["--email", "beheer@example.test", "--name", "  "], "--name is empty"],
      [
        ["--email", "beheer@example.test", "--name", "F", "--password", "x"],
        "Unknown option '--password'",
      ],
    ];

    for (const [argv, message] of cases) {
      const parsed = parseCreateAdminArgs(argv);
      expect(parsed.ok, argv.join(" ")).toBe(false);
      if (parsed.ok) continue;
      expect(parsed.messages.join("\n")).toContain(message);
      expect(parsed.messages.at(-1)).toMatch(/^Usage: npm run admin:create -- --email/);
      expect(parsed.exitCode).toBe(1);
    }
  });

  it("explains itself with --help", () => {
    const parsed = parseCreateAdminArgs(["--help"]);

    expect(parsed).toMatchObject({ ok: false, exitCode: 0 });
    expect(parsed.ok || parsed.messages.join("\n")).toContain("none is set here");
  });

  it("invites an admin, mails the invitation and prints the link only because mail stays in the outbox", async () => {
    const email = `eerste-${unique()}@example.test`;
    const parsed = parseCreateAdminArgs([
      "--email",
      email.toUpperCase(),
      "--name",
      "Fatima el Amrani",
    ]);
    if (!parsed.ok) throw new Error(parsed.messages.join("\n"));
    const { lines, output } = capture();

    expect(await createAdminFromCommand(parsed.input, output)).toBe(0);

    const account = await db().account.findUniqueOrThrow({
      where: { email },
      include: { password: true },
    });
    expect(account).toMatchObject({ role: "ADMIN", status: "INVITED", password: null });
    const [mail] = await mailsTo(db(), email);
    const token = tokenFromMail(mail!.text, ACTIVATION_PATH);
    expect(await findUsableActionToken(token, "ACTIVATION")).toMatchObject({
      accountId: account.id,
    });
    expect(lines.out.join("\n")).toContain(`${ACTIVATION_PATH}/${token}`);
    const created = await db().auditEvent.findFirstOrThrow({
      where: { action: "account.create", detail: { path: ["accountId"], equals: account.id } },
    });
    expect(created.actorAccountId).toBeNull();
  });

  it("does not print the link when mail really goes out", async () => {
    const email = `echt-${unique()}@example.test`;
    const delivered: string[] = [];
    useMailTransport({ name: "resend", deliver: async (mail) => void delivered.push(mail.to) });
    mailSetting.outbox = false;
    const { lines, output } = capture();

    expect(await createAdminFromCommand({ email, name: "Echte Mail" }, output)).toBe(0);

    expect(delivered).toEqual([email]);
    expect(lines.out.join("\n")).not.toContain(ACTIVATION_PATH);
  });

  it("sends a still-invited admin a new invitation, and refuses any other existing account", async () => {
    const email = `opnieuw-${unique()}@example.test`;
    await createAdminFromCommand({ email, name: "Eerste" }, capture().output);
    const again = capture();

    expect(await createAdminFromCommand({ email, name: "Eerste" }, again.output)).toBe(0);
    expect(again.lines.out[0]).toMatch(/^Invited again/);
    expect(await mailsTo(db(), email)).toHaveLength(2);

    const clientEmail = `client-${unique()}@example.test`;
    await db().account.create({ data: { email: clientEmail, name: "Cliënt", role: "CLIENT" } });
    const refused = capture();
    expect(await createAdminFromCommand({ email: clientEmail, name: "X" }, refused.output)).toBe(1);
    expect(refused.lines.err[0]).toContain("There is already an account");
    expect(await db().account.findUniqueOrThrow({ where: { email: clientEmail } })).toMatchObject({
      role: "CLIENT",
    });
  });

  it("says so and exits with 1 when the mail cannot be sent, keeping the account for a retry", async () => {
    const email = `stuk-${unique()}@example.test`;
    useMailTransport(failingTransport);
    const { lines, output } = capture();

    expect(await createAdminFromCommand({ email, name: "Zonder Mail" }, output)).toBe(1);

    expect(lines.err.join("\n")).toContain("could not be sent");
    expect(lines.out).toEqual([]);
    expect(await db().account.findUnique({ where: { email } })).toMatchObject({
      status: "INVITED",
    });
  });
});

// The script itself, as a separate process on an embedded database of its own.
describe("scripts/create-admin.ts", () => {
  let dir = "";
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "carefriend-create-admin-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function run(args: string[]) {
    return spawnSync("npx", ["tsx", "scripts/create-admin.ts", ...args], {
      encoding: "utf8",
      timeout: 60_000,
      env: {
        ...process.env,
        DATABASE_URL: "",
        PGLITE_DIR: dir,
        NODE_ENV: "development",
        MAIL_TRANSPORT: "outbox",
        LOG_LEVEL: "silent",
      },
    });
  }

  it("exits with 1 and the usage on bad input, without opening the database", () => {
    const result = run(["--email", "geen-adres"]);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain("--email is not a valid e-mail address");
    expect(result.stderr).toContain("Usage: npm run admin:create");
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("invites the admin on a migrated database and prints the activation link", async () => {
    const { PGlite } = await import("@electric-sql/pglite");
    const pglite = await PGlite.create(dir);
    const migrations = path.resolve("prisma/migrations");
    for (const name of fs.readdirSync(migrations).sort()) {
      const file = path.join(migrations, name, "migration.sql");
      if (fs.existsSync(file)) await pglite.exec(fs.readFileSync(file, "utf8"));
    }
    await pglite.close();

    const result = run(["--email", "beheer@example.test", "--name", "Fatima el Amrani"]);

    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Invited beheer@example\.test as an admin/);
    expect(result.stdout).toMatch(new RegExp(`https?://\\S+${ACTIVATION_PATH}/[\\w-]{43}`));
  }, 120_000);
});
