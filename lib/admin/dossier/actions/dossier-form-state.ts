import type { DossierFailure } from "../dossier-result";

// What a dossier form's server action hands back: null before the first
// submit, else why it was refused and the texts as typed. Success never
// comes back here: it redirects to the section with a notice.
export type DossierFormState = null | (DossierFailure & { values?: Record<string, string> });
