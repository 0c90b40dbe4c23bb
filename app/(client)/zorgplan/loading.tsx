export { default } from "../_components/dossier-loading";
