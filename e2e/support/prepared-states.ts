// States a test cannot wait for during a run (a code past its 10 minutes, a
// session idle for 15), made by the seed step before the server starts, as
// the server itself would have made them: the same hashes, the same secret
// (AUTH_SECRET of the run) and the same cookie names. What the browser
// needs (cookie name and value, the code) goes to a file in the run's own
// folder, which is removed with it; one set per Playwright project, so
// tests running side by side never share one.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { addMinutes, subMinutes } from "date-fns";
import { encode } from "next-auth/jwt";
import { createChallengeReference } from "@/lib/auth/challenges/challenge-reference";
import { generateVerificationCode } from "@/lib/auth/codes/generate-verification-code";
import { hashVerificationCode } from "@/lib/auth/codes/hash-verification-code";
import {
  CHALLENGE_VALID_MINUTES,
  CODE_VALID_MINUTES,
  SESSION_IDLE_MINUTES,
  SESSION_MAX_HOURS,
} from "@/lib/auth/constants";
import { challengeCookieSettings, sessionCookieSettings } from "@/lib/auth/cookies/cookie-settings";
import { getConfig } from "@/lib/config/config";
import type { Db } from "@/lib/db/client";
import { upsertDemoClient } from "@/prisma/seed/upsert-demo-client";
import { e2eClient } from "./e2e-accounts";
import { runDir } from "./run-context";

export const PREPARED_STATE_PROJECTS = ["desktop", "mobile"] as const;

export type PreparedCookie = { name: string; value: string; secure: boolean };

export type PreparedState = {
  // A sign-in whose e-mailed code expired a minute ago; the challenge is open.
  expiredCode: { cookie: PreparedCookie; code: string };
  // A signed-in browser whose session has been idle for too long.
  idleSession: { cookie: PreparedCookie };
  // The same, made the same way, but used a minute ago: it must open the
  // dossier, or the idle one proves nothing.
  activeSession: { cookie: PreparedCookie };
};

const stateFile = () => path.join(runDir(), "prepared-states.json");

async function createAccount(db: Db, runId: string, kind: string, project: string) {
  return db.account.create({
    data: {
      email: `${kind}-${runId}-${project}@e2e.carefriend.test`,
      name: "Voorbereide Persoon",
      role: "CLIENT",
      status: "ACTIVE",
    },
  });
}

// An account with a dossier of its own (empty), so a live session of it
// opens the overview.
async function createClientAccount(db: Db, runId: string, project: string) {
  const account = await createAccount(db, runId, "sessie", project);
  const client = {
    ...e2eClient(runId, 1),
    clientNumber: `E2E-${runId.toUpperCase()}-SESSIE-${project.toUpperCase()}`,
    name: account.name,
  };
  await upsertDemoClient(db, client, account.id);

  return account;
}

async function prepareExpiredCode(db: Db, runId: string, project: string, secure: boolean) {
  const account = await createAccount(db, runId, "code-verlopen", project);
  const sentAt = subMinutes(new Date(), CODE_VALID_MINUTES + 1);
  const challengeId = crypto.randomUUID();
  const { reference, referenceHash } = createChallengeReference();
  const code = generateVerificationCode();

  await db.challenge.create({
    data: {
      id: challengeId,
      accountId: account.id,
      purpose: "LOGIN",
      referenceHash,
      codesSent: 1,
      lastCodeSentAt: sentAt,
      expiresAt: addMinutes(sentAt, CHALLENGE_VALID_MINUTES),
      createdAt: sentAt,
      codes: {
        create: {
          codeHash: hashVerificationCode(challengeId, code),
          expiresAt: addMinutes(sentAt, CODE_VALID_MINUTES),
          createdAt: sentAt,
        },
      },
    },
  });

  const { name } = challengeCookieSettings("LOGIN", secure);
  return { cookie: { name, value: reference, secure }, code };
}

async function prepareSession(
  db: Db,
  account: { id: string },
  idleMinutes: number,
  secure: boolean,
) {
  const lastSeenAt = subMinutes(new Date(), idleMinutes);
  const session = await db.portalSession.create({
    data: {
      accountId: account.id,
      createdAt: lastSeenAt,
      lastSeenAt,
      expiresAt: addMinutes(lastSeenAt, SESSION_MAX_HOURS * 60),
    },
  });

  // The JWT next-auth would have put in the cookie at sign-in.
  const value = await encode({
    token: { sub: account.id, sid: session.id },
    secret: getConfig().authSecret,
    maxAge: SESSION_MAX_HOURS * 60 * 60,
  });
  const { name } = sessionCookieSettings(secure);
  return { cookie: { name, value, secure } };
}

// `secure`: whether the server runs in production mode (its cookie names
// and Secure flag depend on it), which the seed step itself does not.
export async function seedPreparedStates(db: Db, runId: string, secure: boolean): Promise<void> {
  const states: Record<string, PreparedState> = {};

  for (const project of PREPARED_STATE_PROJECTS) {
    const sessionOwner = await createClientAccount(db, runId, project);
    states[project] = {
      expiredCode: await prepareExpiredCode(db, runId, project, secure),
      idleSession: await prepareSession(db, sessionOwner, SESSION_IDLE_MINUTES + 1, secure),
      activeSession: await prepareSession(db, sessionOwner, 1, secure),
    };
  }
  fs.mkdirSync(runDir(), { recursive: true });
  fs.writeFileSync(stateFile(), JSON.stringify(states), { mode: 0o600 });
}

export function preparedState(project: string): PreparedState {
  const states = JSON.parse(fs.readFileSync(stateFile(), "utf8")) as Record<string, PreparedState>;
  const state = states[project];
  if (!state) throw new Error(`No prepared state for the project "${project}".`);

  return state;
}
