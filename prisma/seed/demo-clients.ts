import { jorisHendriks } from "./clients/joris-hendriks";
import { semBakker } from "./clients/sem-bakker";
import { wilhelminaDeGroot } from "./clients/wilhelmina-de-groot";
import type { SeedClient } from "./seed-types";

// Three quite different clients: home care, youth care, disability care.
export const DEMO_CLIENTS: SeedClient[] = [wilhelminaDeGroot, semBakker, jorisHendriks];
