import { isLoginErrorCode, type LoginFailure } from "./login-error-codes";

// next-auth passes a failed authorize() on as the text of the thrown Error,
// in the `error` query parameter. This packs a failure into that text as
// "CODE" or "CODE:number" and unpacks it again on the other side; anything
// else unpacks as UNEXPECTED.
export function encodeLoginFailure(failure: LoginFailure): string {
  const value = failure.attemptsLeft ?? failure.retryAfterSeconds;

  return value === undefined ? failure.error : `${failure.error}:${value}`;
}

export function decodeLoginFailure(text: unknown): LoginFailure {
  if (typeof text !== "string") return { ok: false, error: "UNEXPECTED" };

  const [code, rawValue, ...rest] = text.split(":");
  if (!isLoginErrorCode(code) || rest.length > 0) return { ok: false, error: "UNEXPECTED" };

  const value = rawValue !== undefined && /^\d{1,6}$/.test(rawValue) ? Number(rawValue) : undefined;
  if (value === undefined) return { ok: false, error: code };

  return code === "CODE_INVALID"
    ? { ok: false, error: code, attemptsLeft: value }
    : { ok: false, error: code, retryAfterSeconds: value };
}
