import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/page-heading";
import { Panel } from "@/components/panel";
import { listAdmins } from "@/lib/admin/admins/list-admins";
import { currentAdminActor } from "@/lib/admin/current-admin-actor";
import { ACTIVATION_LINK_VALID_HOURS } from "@/lib/auth/constants";
import { adminMetadata } from "../_components/admin-metadata";
import { InviteAdminForm } from "../_components/invite-admin-form";
import { AdminList } from "./admin-list";

export async function generateMetadata() {
  const t = await getTranslations("admin.admins");

  return adminMetadata(t("title"));
}

// /admin/beheerders: who administers the portal, and inviting another.
export default async function AdminsPage() {
  const actor = await currentAdminActor();
  const admins = await listAdmins();
  const t = await getTranslations("admin.admins");

  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <div className="space-y-6">
        <Panel id="beheerders" title={t("listTitle")}>
          <AdminList admins={admins} ownId={actor.accountId} />
        </Panel>
        <Panel id="uitnodigen" title={t("inviteTitle")}>
          <p className="mb-4 text-slate-700">
            {t("inviteIntro", { hours: ACTIVATION_LINK_VALID_HOURS })}
          </p>
          <InviteAdminForm />
        </Panel>
      </div>
    </>
  );
}
