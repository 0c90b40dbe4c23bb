import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "@/lib/config/config";
import { configSchema } from "@/lib/config/schema";

const SECRET = "s".repeat(32);

// A production environment that passes, for each test to break one way.
const production = {
  NODE_ENV: "production",
  AUTH_SECRET: SECRET,
  RESEND_API_KEY: "re_test_key",
  DATABASE_URL: "postgresql://portal@db.internal:5432/carefriend",
};

function configError(env: Record<string, string | undefined>): string {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("parseConfig accepted the environment");
}

describe("configuration", () => {
  it("accepts a complete production environment", () => {
    const config = parseConfig(production);

    expect(config.isProduction).toBe(true);
    expect(config.mail.transport).toBe("resend");
    expect(config.database).toEqual({ kind: "postgres", url: production.DATABASE_URL });
  });

  it("stops production without AUTH_SECRET, naming the variable", () => {
    expect(configError({ ...production, AUTH_SECRET: undefined })).toMatch(/AUTH_SECRET/);
  });

  it("refuses an AUTH_SECRET shorter than 32 characters", () => {
    expect(configError({ ...production, AUTH_SECRET: "short" })).toMatch(/AUTH_SECRET.*32/);
  });

  it("names a malformed DATABASE_URL", () => {
    expect(configError({ ...production, DATABASE_URL: "mysql://db/carefriend" })).toMatch(
      /DATABASE_URL/,
    );
  });

  it("refuses production without RESEND_API_KEY unless mail stays in the outbox", () => {
    expect(configError({ ...production, RESEND_API_KEY: undefined })).toMatch(/RESEND_API_KEY/);

    const outbox = parseConfig({ ...production, RESEND_API_KEY: undefined, MAIL_TRANSPORT: "outbox" });
    expect(outbox.mail.transport).toBe("outbox");
  });

  it("refuses MAIL_TRANSPORT=resend without RESEND_API_KEY, also outside production", () => {
    const development = { NODE_ENV: "development", AUTH_SECRET: SECRET };

    expect(configError({ ...development, MAIL_TRANSPORT: "resend" })).toMatch(/RESEND_API_KEY/);
  });

  it("names a TRUSTED_PROXY_HOPS that is not a small whole number", () => {
    expect(configError({ ...production, TRUSTED_PROXY_HOPS: "many" })).toMatch(/TRUSTED_PROXY_HOPS/);
  });

  it("runs in development with defaults: embedded database, outbox mail", () => {
    const config = parseConfig({ NODE_ENV: "development", AUTH_SECRET: SECRET });

    expect(config.isProduction).toBe(false);
    expect(config.database.kind).toBe("pglite");
    expect(config.database).toMatchObject({ dir: expect.stringMatching(/\.data[/\\]pglite$/) });
    expect(config.mail.transport).toBe("outbox");
    expect(config.publicBaseUrl).toBe("http://localhost:3000");
    expect(config.trustedProxyHops).toBe(0);
  });

  it("lets `next build` run without the production secrets", () => {
    const config = parseConfig({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" });

    expect(config.isProduction).toBe(false);
  });
});

describe(".env.example", () => {
  it("documents every variable the configuration reads", () => {
    const example = fs.readFileSync(".env.example", "utf8");
    const documented = new Set(
      [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]),
    );

    const missing = Object.keys(configSchema.shape).filter((name) => !documented.has(name));
    expect(missing).toEqual([]);
  });
});
