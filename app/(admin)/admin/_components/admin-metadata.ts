import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getConfig } from "@/lib/config/config";

// The browser tab names the page first, then the admin area and portal.
// The admin's start page is the area itself: named once, not twice.
export async function adminMetadata(title?: string): Promise<Metadata> {
  const area = (await getTranslations("admin.home"))("title");
  const names = title && title !== area ? [title, area] : [area];

  return { title: [...names, getConfig().portalName].join(" – ") };
}
