import type { Metadata } from "next";
import { getConfig } from "@/lib/config/config";

// The browser tab names the page first, then the admin area and portal.
export function adminMetadata(title: string): Metadata {
  return { title: `${title} – Beheer – ${getConfig().portalName}` };
}
