import { z } from "zod";

// Every setting the portal reads from its environment. `.env.example`
// documents each one; keep the two in step.
const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

export const configSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optionalText.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must start with postgresql://")
        .optional(),
    ),
    PGLITE_DIR: optionalText,
    AUTH_SECRET: optionalText.pipe(
      z.string().min(32, "must be at least 32 characters").optional(),
    ),
    PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
    ORGANISATION_NAME: z.string().trim().min(1).default("Nora Zorg"),
    PORTAL_NAME: z.string().trim().min(1).default("Mijn norazorg"),
    SUPPORT_EMAIL: z.email().default("administratie@norazorg.example"),
    SUPPORT_PHONE: z.string().trim().min(1).default("020 123 45 67"),
    MAIL_FROM: z.string().trim().min(3).default("Mijn norazorg <no-reply@norazorg.example>"),
    MAIL_TRANSPORT: z.enum(["resend", "outbox"]).optional(),
    RESEND_API_KEY: optionalText,
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    TIME_ZONE: z.string().default("Europe/Amsterdam"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  })
  .superRefine((config, context) => {
    if (config.MAIL_TRANSPORT === "resend" && !config.RESEND_API_KEY) {
      context.addIssue({
        code: "custom",
        path: ["RESEND_API_KEY"],
        message: "is required with MAIL_TRANSPORT=resend",
      });
    }
    if (config.NODE_ENV !== "production") return;

    if (!config.AUTH_SECRET) {
      context.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required in production (at least 32 random characters)",
      });
    }
    if (!config.RESEND_API_KEY && !config.MAIL_TRANSPORT) {
      context.addIssue({
        code: "custom",
        path: ["RESEND_API_KEY"],
        message:
          "is required in production; set MAIL_TRANSPORT=outbox only on a staging or demo host",
      });
    }
  });

export type RawConfig = z.infer<typeof configSchema>;
