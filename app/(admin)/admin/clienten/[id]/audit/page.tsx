import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/back-link";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { Pagination } from "@/components/pagination";
import { listClientAuditEvents } from "@/lib/admin/audit/list-client-audit-events";
import { parseAuditSearch, type AuditSearch } from "@/lib/admin/audit/parse-audit-search";
import { recordAdminAccess } from "@/lib/admin/audit/record-admin-access";
import { getClientForAdmin } from "@/lib/admin/clients/get-client-for-admin";
import { currentAdminActor } from "@/lib/admin/current-admin-actor";
import { clientAuditPath, clientPath } from "@/lib/admin/paths";
import { getConfig } from "@/lib/config/config";
import type { SearchParams } from "@/lib/dossier/params/search-params";
import { adminMetadata } from "../../../_components/admin-metadata";
import { AuditEventList } from "./audit-event-list";
import { AuditFilter } from "./audit-filter";

export async function generateMetadata() {
  const t = await getTranslations("admin.audit");

  return adminMetadata(t("title"));
}

// Another page of the same filter, as the admin typed it.
function pageHref(base: string, search: AuditSearch, page: number): string {
  const query = new URLSearchParams();
  if (search.from) query.set("van", search.from);
  if (search.to) query.set("tot", search.to);
  if (search.action) query.set("soort", search.action);
  if (page > 1) query.set("pagina", String(page));
  const text = query.toString();

  return text ? `${base}?${text}` : base;
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

// /admin/clienten/[id]/audit: what happened to this client's dossier and
// account, newest first, by period and kind. Viewing it is audited too.
export default async function ClientAuditPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await currentAdminActor({ clientId: id });
  const { client } = await getClientForAdmin(id);
  const search = parseAuditSearch(await searchParams, getConfig().timeZone);
  await recordAdminAccess(actor, { clientId: client.id, view: "audit" });
  const result = await listClientAuditEvents({
    clientId: client.id,
    page: search.page,
    action: search.action,
    since: search.since,
    until: search.until,
  });
  const t = await getTranslations("admin");
  const base = clientAuditPath(client.id);
  const filtered = Boolean(search.since || search.until || search.action);

  return (
    <>
      <div className="mb-4">
        <BackLink href={clientPath(client.id)}>
          {t("common.backToClient", { name: client.name })}
        </BackLink>
      </div>
      <PageHeading title={t("audit.title")} intro={t("audit.intro", { name: client.name })} />
      <AuditFilter search={search} action={base} />

      <h2 className="mb-4 text-xl font-semibold">
        {t("audit.count", { total: result.total })}
        {result.pageCount > 1
          ? ` · ${t("common.position", { page: result.page, pageCount: result.pageCount })}`
          : null}
      </h2>
      {result.events.length === 0 ? (
        <EmptyState>{filtered ? t("audit.emptyFiltered") : t("audit.empty")}</EmptyState>
      ) : (
        <AuditEventList events={result.events} />
      )}

      <Pagination
        label={t("common.pagination")}
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(page) => pageHref(base, search, page)}
        previousLabel={t("common.previous")}
        nextLabel={t("common.next")}
        positionLabel={t("common.position", { page: result.page, pageCount: result.pageCount })}
      />
    </>
  );
}
