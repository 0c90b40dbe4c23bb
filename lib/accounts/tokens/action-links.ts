import { publicUrl } from "@/lib/mail/public-url";

// The pages that e-mailed links open. The token travels in the path; the
// portal's Referrer-Policy keeps it from leaking to other sites.
export const ACTIVATION_PATH = "/activeren";
export const PASSWORD_RESET_PATH = "/wachtwoord-herstellen";

export function activationUrl(token: string): string {
  return publicUrl(`${ACTIVATION_PATH}/${encodeURIComponent(token)}`);
}

export function passwordResetUrl(token: string): string {
  return publicUrl(`${PASSWORD_RESET_PATH}/${encodeURIComponent(token)}`);
}
