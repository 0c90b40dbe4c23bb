import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { parseRecordId } from "../params/parse-record-id";
import { findClientWithAccount, type ClientWithAccount } from "./find-client-with-account";

// The client an admin page's [id] names, with its account; "not found"
// for an id that is malformed or names no client.
export async function getClientForAdmin(id: string): Promise<ClientWithAccount> {
  const found = await findClientWithAccount(await getDb(), parseRecordId(id));
  if (!found) notFound();

  return found;
}
