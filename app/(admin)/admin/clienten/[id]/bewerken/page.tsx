import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { recordAdminAccess } from "@/lib/admin/audit/record-admin-access";
import { getClientForAdmin } from "@/lib/admin/clients/get-client-for-admin";
import { currentAdminActor } from "@/lib/admin/current-admin-actor";
import { clientPath } from "@/lib/admin/paths";
import { adminMetadata } from "../../../_components/admin-metadata";
import { ClientForm } from "../../../_components/client-form";

export async function generateMetadata() {
  const t = await getTranslations("admin.clients.edit");

  return adminMetadata(t("title"));
}

// A stored calendar date (midnight UTC) as the form shows it: 14-03-1941.
function dayText(date: Date | null): string {
  if (!date) return "";
  const [year, month, day] = date.toISOString().slice(0, 10).split("-");

  return `${day}-${month}-${year}`;
}

type Props = { params: Promise<{ id: string }> };

// /admin/clienten/[id]/bewerken: the client's details and address.
export default async function EditClientPage({ params }: Props) {
  const { id } = await params;
  const actor = await currentAdminActor({ clientId: id });
  const { client, account } = await getClientForAdmin(id);
  await recordAdminAccess(actor, { clientId: client.id, view: "client_edit" });
  const t = await getTranslations("admin");
  const emailNote =
    account?.status === "INVITED" ? t("clients.edit.emailInvited") : t("clients.edit.emailActive");

  return (
    <>
      <div className="mb-4">
        <BackLink href={clientPath(client.id)}>
          {t("common.backToClient", { name: client.name })}
        </BackLink>
      </div>
      <PageHeading
        title={t("clients.edit.title")}
        intro={t("clients.edit.intro", { name: client.name })}
      />
      <ClientForm
        clientId={client.id}
        basedOnUpdatedAt={client.updatedAt.toISOString()}
        initial={{
          name: client.name,
          clientNumber: client.clientNumber,
          email: account?.email ?? "",
          dateOfBirth: dayText(client.dateOfBirth),
        }}
        showEmail={account !== null}
        emailNote={emailNote}
        cancelHref={clientPath(client.id)}
      />
    </>
  );
}
