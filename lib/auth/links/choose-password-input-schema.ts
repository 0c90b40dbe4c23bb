import { z } from "zod";
import { MAX_PASSWORD_INPUT_LENGTH } from "../constants";

// The form on an activation or reset link's page. Passwords are taken as
// typed (spaces count); anything longer than MAX_PASSWORD_INPUT_LENGTH
// cannot pass the rules anyway and is refused before it is hashed.
export { MAX_PASSWORD_INPUT_LENGTH };

export const choosePasswordInputSchema = z.object({
  purpose: z.enum(["ACTIVATION", "PASSWORD_RESET"]),
  token: z.string().min(1).max(200),
  password: z.string().max(MAX_PASSWORD_INPUT_LENGTH),
  confirmation: z.string().max(MAX_PASSWORD_INPUT_LENGTH),
});
