// The demo accounts of Nora Zorg, an invented care organisation. Every
// name, address and password here is made up and for demo and test hosts
// only. The demo start script prints these, and e2e tests sign in with them.
export type DemoAccount = {
  email: string;
  password: string;
  name: string;
  role: "CLIENT" | "ADMIN";
  // For clients: the client record this account gets a SELF grant to.
  clientNumber?: string;
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: "beheer@norazorg.example",
    password: "Vuurtoren-Kompas-5831",
    name: "Fatima el Amrani",
    role: "ADMIN",
  },
  {
    email: "w.degroot@example.test",
    password: "Tulpenveld-Wandeling-47",
    name: "Wilhelmina de Groot",
    role: "CLIENT",
    clientNumber: "NZ-100231",
  },
  {
    email: "sem.bakker@example.test",
    password: "Skateboard-Regenjas-2619",
    name: "Sem Bakker",
    role: "CLIENT",
    clientNumber: "NZ-200517",
  },
  {
    email: "joris.hendriks@example.test",
    password: "Krentenbol-Fietspad-7304",
    name: "Joris Hendriks",
    role: "CLIENT",
    clientNumber: "NZ-300842",
  },
];
