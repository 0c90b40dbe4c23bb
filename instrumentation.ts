// Runs once when a server instance starts: the configuration is read and
// validated here too, so that no request is served with a bad one.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;

  const { getConfig } = await import("@/lib/config/config");
  const config = getConfig();

  // next-auth 4 takes its own URL from the environment; links always come
  // from the configured base URL, never from the request's Host header.
  process.env.NEXTAUTH_URL = config.publicBaseUrl;
}
