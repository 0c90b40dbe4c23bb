import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ActionTokenPurpose } from "@/generated/prisma/enums";
import { getConfig } from "@/lib/config/config";
import { LINK_SECTIONS } from "./link-sections";

// Title of an activation or reset link's pages. They carry a secret in
// their address, so search engines are told to leave them alone.
export async function linkPageMetadata(
  purpose: ActionTokenPurpose,
  step: "password" | "code",
): Promise<Metadata> {
  const t = await getTranslations("auth");
  const section = LINK_SECTIONS[purpose];
  const title = step === "password" ? t(`${section}.title`) : t(`${section}.codeTitle`);

  return {
    title: `${title} - ${getConfig().portalName}`,
    robots: { index: false, follow: false },
  };
}
