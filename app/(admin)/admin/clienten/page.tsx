import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { Pagination } from "@/components/pagination";
import { listClients } from "@/lib/admin/clients/list-clients";
import { parseClientListSearch } from "@/lib/admin/params/parse-client-list-search";
import { CLIENTS_PATH, NEW_CLIENT_PATH } from "@/lib/admin/paths";
import { requireAdminSession } from "@/lib/auth/session/require-session";
import type { SearchParams } from "@/lib/dossier/params/search-params";
import { adminMetadata } from "../_components/admin-metadata";
import { adminStyles } from "../_components/admin-styles";
import { ClientList } from "./client-list";
import { ClientSearch } from "./client-search";

export async function generateMetadata() {
  const t = await getTranslations("admin.clients.list");

  return adminMetadata(t("title"));
}

// Other pages of the same search.
function pageHref(search: string, page: number): string {
  const query = new URLSearchParams();
  if (search) query.set("zoek", search);
  if (page > 1) query.set("pagina", String(page));
  const text = query.toString();

  return text ? `${CLIENTS_PATH}?${text}` : CLIENTS_PATH;
}

type Props = { searchParams: Promise<SearchParams> };

// /admin/clienten: every client by name, with search and pages.
export default async function ClientsPage({ searchParams }: Props) {
  await requireAdminSession();
  const { search, page } = parseClientListSearch(await searchParams);
  const result = await listClients({ search, page });
  const t = await getTranslations("admin");

  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeading title={t("clients.list.title")} intro={t("clients.list.intro")} />
        <Link href={NEW_CLIENT_PATH} className={`mb-6 ${adminStyles.primaryButton}`}>
          {t("clients.list.new")}
        </Link>
      </div>
      <ClientSearch search={search} />

      <h2 className="mb-4 text-xl font-semibold">
        {search
          ? t("clients.list.countFor", { total: result.total, search })
          : t("clients.list.count", { total: result.total })}
        {result.pageCount > 1
          ? ` · ${t("common.position", { page: result.page, pageCount: result.pageCount })}`
          : null}
      </h2>

      {result.clients.length === 0 ? (
        <EmptyState>
          {search ? t("clients.list.emptySearch", { search }) : t("clients.list.empty")}
        </EmptyState>
      ) : (
        <ClientList clients={result.clients} />
      )}

      <Pagination
        label={t("common.pagination")}
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(target) => pageHref(search, target)}
        previousLabel={t("common.previous")}
        nextLabel={t("common.next")}
        positionLabel={t("common.position", { page: result.page, pageCount: result.pageCount })}
      />
    </>
  );
}
