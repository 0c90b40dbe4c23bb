import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { tableCell, WideTable } from "@/components/wide-table";
import { accountState } from "@/lib/accounts/account-state";
import type { ClientListItem } from "@/lib/admin/clients/list-clients";
import { clientPath } from "@/lib/admin/paths";
import { LastLogin } from "../_components/last-login";
import { StateBadge } from "../_components/state-badge";

// The clients found: a card each on a phone, a table on a wider screen.
// Only one of the two is displayed (and so read out) at a time.
export async function ClientList({ clients }: { clients: ClientListItem[] }) {
  const t = await getTranslations("admin.clients.list");
  const now = new Date();
  const stateOf = (client: ClientListItem) =>
    client.account ? accountState(client.account, now) : null;

  return (
    <>
      <ul className="space-y-3 sm:hidden">
        {clients.map((client) => (
          <li
            key={client.id}
            className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
          >
            <Link
              href={clientPath(client.id)}
              className="text-lg font-semibold text-brand-700 underline underline-offset-4"
            >
              {client.name}
            </Link>
            <dl className="mt-3 space-y-2 text-slate-800">
              <div>
                <dt className="text-sm text-slate-600">
                  {t("columns.clientNumber")}
                </dt>
                <dd>{client.clientNumber}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{t("columns.email")}</dt>
                <dd className="[overflow-wrap:anywhere]">
                  {client.account?.email ?? "–"}
                </dd>
              </div>
              <div className="flex flex-wrap gap-x-6 gap-y-2">
                <div>
                  <dt className="text-sm text-slate-600">
                    {t("columns.state")}
                  </dt>
                  <dd>
                    <StateBadge state={stateOf(client)} />
                  </dd>
                </div>
                <div>
                  <dt className="text-sm text-slate-600">
                    {t("columns.lastLogin")}
                  </dt>
                  <dd>
                    <LastLogin at={client.account?.lastLoginAt} />
                  </dd>
                </div>
              </div>
            </dl>
          </li>
        ))}
      </ul>

      <WideTable
        caption={t("caption")}
        columns={[
          t("columns.name"),
          t("columns.clientNumber"),
          t("columns.email"),
          t("columns.state"),
          t("columns.lastLogin"),
        ]}
      >
        {clients.map((client) => (
          <tr key={client.id}>
            <th scope="row" className={`${tableCell} font-medium`}>
              <Link
                href={clientPath(client.id)}
                className="text-brand-700 underline underline-offset-4"
              >
                {client.name}
              </Link>
            </th>
            <td className={tableCell}>{client.clientNumber}</td>
            <td className={`${tableCell} [overflow-wrap:anywhere]`}>
              {client.account?.email ?? "–"}
            </td>
            <td className={tableCell}>
              <StateBadge state={stateOf(client)} />
            </td>
            <td className={tableCell}>
              <LastLogin at={client.account?.lastLoginAt} />
            </td>
          </tr>
        ))}
      </WideTable>
    </>
  );
}
