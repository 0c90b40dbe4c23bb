import { getConfig } from "@/lib/config/config";
import type { EmailOrganisation } from "@/emails/components/organisation";

// The configured organisation, as every template shows it.
export function getEmailOrganisation(): EmailOrganisation {
  const { organisationName, portalName, supportEmail, supportPhone } = getConfig();

  return { organisationName, portalName, supportEmail, supportPhone };
}
