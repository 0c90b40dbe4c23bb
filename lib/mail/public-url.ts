import { getConfig } from "@/lib/config/config";

// An absolute link for a mail, built from the configured base URL only.
// Never from the request's Host header: a forged header would otherwise
// send someone's activation link to another site.
export function publicUrl(path: string): string {
  if (!path.startsWith("/") || path.startsWith("//")) {
    throw new Error("publicUrl expects a path that starts with a single /");
  }

  return `${getConfig().publicBaseUrl}${path}`;
}
