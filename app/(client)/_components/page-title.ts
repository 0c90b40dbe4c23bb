import type { Metadata } from "next";
import { getConfig } from "@/lib/config/config";

// The browser tab names the page first, then the portal.
export function pageMetadata(title: string): Metadata {
  return { title: `${title} – ${getConfig().portalName}` };
}
