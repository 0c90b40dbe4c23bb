import type { LoginErrorCode } from "./login-error-codes";

// A page path with `?error=CODE` added (other query parameters kept), for
// sending someone back to the start of a step with the reason.
export function withErrorParam(path: string, error: LoginErrorCode): string {
  const [base, query = ""] = path.split("?", 2);
  const params = new URLSearchParams(query);
  params.set("error", error);

  return `${base}?${params}`;
}
