// What a mail says about the organisation that sends it. The send
// functions pass the configured values; the defaults serve previews.
export type EmailOrganisation = {
  organisationName: string;
  portalName: string;
};

export const PREVIEW_ORGANISATION: EmailOrganisation = {
  organisationName: "Nora Zorg",
  portalName: "Mijn norazorg",
};
