import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { z } from "zod";
import { configSchema } from "./schema";

export type MailTransportName = "resend" | "outbox";

export type Config = {
  env: "development" | "production" | "test";
  isProduction: boolean;
  database: { kind: "postgres"; url: string } | { kind: "pglite"; dir: string };
  authSecret: string;
  publicBaseUrl: string;
  organisationName: string;
  portalName: string;
  supportEmail: string;
  supportPhone: string;
  mail: { from: string; transport: MailTransportName; resendApiKey?: string };
  trustedProxyHops: number;
  timeZone: string;
  logLevel: string;
};

export class ConfigError extends Error {}

// Formats zod's issues as one line per variable, naming the variable.
function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `  ${issue.path.join(".") || "(config)"}: ${issue.message}`)
    .join("\n");
}

// Outside production a missing secret is generated once and kept in the
// git-ignored data folder, so sessions survive a restart of the dev server.
function developmentSecret(): string {
  const file = path.resolve(/* turbopackIgnore: true */ ".data/dev-auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();

  const secret = crypto.randomBytes(32).toString("base64url");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

// `next build` runs with NODE_ENV=production but serves no one: the
// production-only requirements apply when the server starts, not then.
const BUILD_PHASE = "phase-production-build";

export function parseConfig(env: Record<string, string | undefined>): Config {
  const building = env.NEXT_PHASE === BUILD_PHASE;
  const result = configSchema.safeParse({
    ...env,
    NODE_ENV: building ? "test" : env.NODE_ENV,
    AUTH_SECRET: env.AUTH_SECRET ?? env.NEXTAUTH_SECRET,
  });
  if (!result.success) {
    throw new ConfigError(`Invalid configuration:\n${describeIssues(result.error)}`);
  }
  const raw = result.data;
  const isProduction = raw.NODE_ENV === "production";

  return {
    env: raw.NODE_ENV,
    isProduction,
    database: raw.DATABASE_URL
      ? { kind: "postgres", url: raw.DATABASE_URL }
      : { kind: "pglite", dir: path.resolve(/* turbopackIgnore: true */ raw.PGLITE_DIR ?? ".data/pglite") },
    authSecret: raw.AUTH_SECRET ?? (building ? "build-time-placeholder" : developmentSecret()),
    publicBaseUrl: raw.PUBLIC_BASE_URL.replace(/\/+$/, ""),
    organisationName: raw.ORGANISATION_NAME,
    portalName: raw.PORTAL_NAME,
    supportEmail: raw.SUPPORT_EMAIL,
    supportPhone: raw.SUPPORT_PHONE,
    mail: {
      from: raw.MAIL_FROM,
      transport: raw.MAIL_TRANSPORT ?? (raw.RESEND_API_KEY ? "resend" : "outbox"),
      resendApiKey: raw.RESEND_API_KEY,
    },
    trustedProxyHops: raw.TRUSTED_PROXY_HOPS,
    timeZone: raw.TIME_ZONE,
    logLevel: raw.LOG_LEVEL,
  };
}

let loaded: Config | undefined;

// Read once per process; server.ts calls it before anything listens, so a
// bad variable stops the server with a message that names it.
export function getConfig(): Config {
  loaded ??= parseConfig(process.env);
  return loaded;
}
