// What a mail says about the organisation that sends it. The send
// functions pass the configured values; the defaults serve previews.
export type EmailOrganisation = {
  organisationName: string;
  portalName: string;
  supportEmail: string;
  supportPhone: string;
};

export const PREVIEW_ORGANISATION: EmailOrganisation = {
  organisationName: "Nora Zorg",
  portalName: "Mijn norazorg",
  supportEmail: "administratie@norazorg.example",
  supportPhone: "020 123 45 67",
};
