// Reads .env files the way the Next.js server does, so that the database
// commands run before it see the same settings. Variables already in the
// environment win. Call only after dependencies are installed.
export async function loadEnvFiles({ production }) {
  const { default: nextEnv } = await import("@next/env");

  nextEnv.loadEnvConfig(process.cwd(), !production, { info: () => {}, error: console.error });
}
