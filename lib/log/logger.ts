import pino from "pino";

// One structured logger. Personal and health data never go in: log ids, not
// names, addresses or dossier text. The redaction below is a safety net for
// fields that must never appear even by mistake.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "carefriend" },
  redact: {
    paths: [
      "password",
      "*.password",
      "newPassword",
      "*.newPassword",
      "code",
      "*.code",
      "token",
      "*.token",
      "email",
      "*.email",
      "to",
      "*.to",
      "authorization",
      "*.authorization",
      "cookie",
      "*.cookie",
    ],
    censor: "[redacted]",
  },
});
