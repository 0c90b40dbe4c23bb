import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { CLIENTS_PATH } from "@/lib/admin/paths";
import { ACTIVATION_LINK_VALID_HOURS } from "@/lib/auth/constants";
import { requireAdminSession } from "@/lib/auth/session/require-session";
import { adminMetadata } from "../../_components/admin-metadata";
import { ClientForm } from "../../_components/client-form";

export async function generateMetadata() {
  const t = await getTranslations("admin.clients.new");

  return adminMetadata(t("title"));
}

const EMPTY = { name: "", clientNumber: "", email: "", dateOfBirth: "" };

// /admin/clienten/nieuw: a new client, invited by e-mail.
export default async function NewClientPage() {
  await requireAdminSession();
  const t = await getTranslations("admin");

  return (
    <>
      <div className="mb-4">
        <BackLink href={CLIENTS_PATH}>{t("common.backToClients")}</BackLink>
      </div>
      <PageHeading
        title={t("clients.new.title")}
        intro={t("clients.new.intro", { hours: ACTIVATION_LINK_VALID_HOURS })}
      />
      <ClientForm initial={EMPTY} cancelHref={CLIENTS_PATH} />
    </>
  );
}
