import { z } from "zod";

// The form on an activation or reset link's page. Passwords are taken as
// typed (spaces count); anything longer than this cannot pass the rules
// anyway and is refused before it is hashed.
export const MAX_PASSWORD_INPUT_LENGTH = 1024;

export const choosePasswordInputSchema = z.object({
  purpose: z.enum(["ACTIVATION", "PASSWORD_RESET"]),
  token: z.string().min(1).max(200),
  password: z.string().max(MAX_PASSWORD_INPUT_LENGTH),
  confirmation: z.string().max(MAX_PASSWORD_INPUT_LENGTH),
});
