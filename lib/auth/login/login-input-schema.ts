import { z } from "zod";
import { MAX_PASSWORD_INPUT_LENGTH } from "../constants";
import { normalizeLoginEmail } from "./normalize-login-email";

// Step 1's form. Field problems are codes the form maps to Dutch text.
// The password is taken as typed (no trimming): spaces may be part of it.
export const loginInputSchema = z.object({
  email: z
    .string()
    .max(320, "EMAIL_INVALID")
    .transform(normalizeLoginEmail)
    .pipe(z.string().min(1, "EMAIL_REQUIRED").pipe(z.email("EMAIL_INVALID"))),
  password: z
    .string()
    .min(1, "PASSWORD_REQUIRED")
    .max(MAX_PASSWORD_INPUT_LENGTH, "PASSWORD_TOO_LONG"),
  callbackUrl: z.string().max(2048).optional(),
});

export type LoginInput = z.infer<typeof loginInputSchema>;

export const LOGIN_FIELD_ERRORS = [
  "EMAIL_REQUIRED",
  "EMAIL_INVALID",
  "PASSWORD_REQUIRED",
  "PASSWORD_TOO_LONG",
] as const;

export type LoginFieldError = (typeof LOGIN_FIELD_ERRORS)[number];
