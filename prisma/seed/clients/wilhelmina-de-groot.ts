import type { SeedClient } from "../seed-types";

// An older client of the district nursing team: heart failure, lives alone,
// wants to stay at home. Entirely invented.
const SANNE = "Sanne Mulder, wijkverpleegkundige";
const KEES = "Kees van Dijk, verzorgende IG";
const NADIA = "Nadia Bouzid, verzorgende";
const AYSE = "Ayşe Demir, huishoudelijke hulp";
const TOM = "Tom Peeters, fysiotherapeut";
const HOME = "Bij u thuis, Lindelaan 14";
const PHYSIO = "Fysiotherapie Het Anker, Dorpsstraat 3";

const basePlanGoals = [
  {
    title: "Zo lang mogelijk zelfstandig thuis wonen",
    description:
      "U blijft in uw eigen woning wonen. Wij helpen bij de zwaardere dagelijkse taken, zodat u uw energie kunt gebruiken voor de dingen die u zelf belangrijk vindt.",
  },
  {
    title: "Gezonde huid en minder vocht in de benen",
    description:
      "U draagt elke dag uw steunkousen. De huid van uw onderbenen blijft heel en de zwelling neemt niet toe. Bij meer dan twee kilo gewichtstoename in drie dagen bellen wij de huisarts.",
  },
  {
    title: "Medicijnen op tijd en goed innemen",
    description:
      "U neemt uw medicijnen zelf uit de baxterrol. Bij het ochtendbezoek kijken wij mee of alles is ingenomen.",
  },
];

const baseAgreements = [
  {
    description: "Hulp bij douchen en aankleden",
    frequency: "3 keer per week (maandag, woensdag, vrijdag), tussen 8.00 en 9.30 uur",
    provider: "Wijkteam Oost",
  },
  {
    description: "Steunkousen aantrekken en uittrekken",
    frequency: "Elke dag, 's ochtends en 's avonds",
    provider: "Wijkteam Oost",
  },
  {
    description: "Meekijken bij de medicijnen uit de baxterrol",
    frequency: "Elke dag, bij het ochtendbezoek",
    provider: "Wijkteam Oost",
  },
  {
    description: "Huishoudelijke hulp: stofzuigen, sanitair, bed verschonen",
    frequency: "1 keer per week, 3 uur (donderdagochtend)",
    provider: "Ayşe Demir, huishoudelijke hulp",
  },
];

export const wilhelminaDeGroot: SeedClient = {
  clientNumber: "NZ-100231",
  name: "Wilhelmina de Groot",
  dateOfBirth: "1938-04-12",
  carePlans: [
    {
      version: 1,
      validFromDay: -210,
      createdBy: SANNE,
      summary:
        "Mevrouw De Groot woont alleen in een seniorenwoning. Door hartfalen houdt zij vocht vast in de benen en is zij snel moe. Zij wil graag thuis blijven wonen. Nora Zorg helpt bij het douchen, de steunkousen en het overzicht over de medicijnen. Haar dochter Ingrid is het eerste aanspreekpunt in de familie.",
      goals: basePlanGoals,
      agreements: baseAgreements,
    },
    {
      version: 2,
      validFromDay: -40,
      createdBy: SANNE,
      summary:
        "Mevrouw De Groot woont alleen in een seniorenwoning en wil daar blijven wonen. Na een val in de badkamer, zonder botbreuken, is het zorgplan aangepast: er is meer aandacht voor veilig bewegen, mevrouw draagt een alarmknop en zij gaat twee dagen per week naar de dagbesteding. De afspraken over douchen, steunkousen en medicijnen blijven zoals ze waren.",
      goals: [
        ...basePlanGoals,
        {
          title: "Vallen voorkomen",
          description:
            "U loopt binnenshuis altijd met de rollator. Met de fysiotherapeut werkt u aan kracht en evenwicht. In de badkamer liggen antislipmatten en er hangt een douchestoel.",
        },
        {
          title: "Meer contact met anderen",
          description:
            "U gaat twee keer per week naar de dagbesteding in buurtcentrum De Kroon en voelt u daardoor minder alleen.",
        },
      ],
      agreements: [
        ...baseAgreements,
        {
          description: "Fysiotherapie: oefeningen voor kracht en evenwicht",
          frequency: "1 keer per week, 30 minuten",
          provider: "Tom Peeters, fysiotherapeut",
        },
        {
          description: "Dagbesteding met lunch",
          frequency: "Dinsdag en donderdag, van 10.00 tot 15.00 uur",
          provider: "Buurtcentrum De Kroon",
        },
        {
          description: "Personenalarmering: alarmknop om de pols, testmelding",
          frequency: "Altijd dragen; testmelding 1 keer per maand",
          provider: "Wijkteam Oost, met Ingrid de Groot (dochter) als eerste contact",
        },
      ],
    },
  ],
  appointments: [
    {
      day: -62,
      time: "10:00",
      minutes: 60,
      location: HOME,
      careWorker: SANNE,
      description: "Evaluatie zorgplan",
    },
    {
      day: -41,
      time: "14:00",
      minutes: 45,
      location: HOME,
      careWorker: SANNE,
      description: "Huisbezoek na de val: nieuwe afspraken",
    },
    {
      day: -35,
      time: "11:00",
      minutes: 30,
      location: PHYSIO,
      careWorker: TOM,
      description: "Fysiotherapie",
    },
    {
      day: -28,
      time: "11:00",
      minutes: 30,
      location: PHYSIO,
      careWorker: TOM,
      description: "Fysiotherapie",
      cancelReason: "De fysiotherapeut was ziek. De oefeningen zijn een week later ingehaald.",
    },
    {
      day: -21,
      time: "11:00",
      minutes: 30,
      location: PHYSIO,
      careWorker: TOM,
      description: "Fysiotherapie",
    },
    {
      day: -14,
      time: "10:30",
      minutes: 45,
      location: HOME,
      careWorker: SANNE,
      description: "Controle huid en steunkousen",
    },
    {
      day: -7,
      time: "11:00",
      minutes: 30,
      location: PHYSIO,
      careWorker: TOM,
      description: "Fysiotherapie",
    },
    {
      day: -3,
      time: "15:00",
      minutes: 45,
      location: "Beeldbellen",
      careWorker: SANNE,
      description: "Gesprek met u en uw dochter over de zorg",
    },
    {
      day: 2,
      time: "11:00",
      minutes: 30,
      location: PHYSIO,
      careWorker: TOM,
      description: "Fysiotherapie",
    },
    {
      day: 5,
      time: "09:45",
      minutes: 30,
      location: HOME,
      careWorker: SANNE,
      description: "Wegen en bloeddruk meten",
    },
    {
      day: 9,
      time: "11:00",
      minutes: 30,
      location: PHYSIO,
      careWorker: TOM,
      description: "Fysiotherapie",
      cancelReason: "U bent die dag bij uw dochter. De fysiotherapie is verplaatst naar de volgende dag.",
    },
    {
      day: 10,
      time: "11:00",
      minutes: 30,
      location: PHYSIO,
      careWorker: TOM,
      description: "Fysiotherapie (verplaatst)",
    },
    {
      day: 20,
      time: "10:00",
      minutes: 60,
      location: HOME,
      careWorker: SANNE,
      description: "Evaluatie zorgplan",
    },
    {
      day: 31,
      time: "14:30",
      minutes: 20,
      location: "Huisartsenpraktijk De Linde, Kerkplein 8",
      careWorker: "Dokter M. van Leeuwen, huisarts",
      description: "Controle hartfalen bij de huisarts",
    },
  ],
  reports: [
    {
      day: -171,
      time: "09:10",
      author: KEES,
      category: "PERSONAL_CARE",
      text: "Mevrouw geholpen met douchen en aankleden. Zij deed zelf haar bovenlichaam en haren. Huid van de onderbenen is droog; ingesmeerd met de voorgeschreven crème. Steunkousen zonder problemen aangetrokken.",
    },
    {
      day: -164,
      time: "10:30",
      author: AYSE,
      category: "HOUSEHOLD",
      text: "Woonkamer en slaapkamer gestofzuigd, badkamer en toilet schoongemaakt, bed verschoond. Mevrouw vroeg of de gordijnen een keer gewassen kunnen worden; afgesproken dat we dat over twee weken doen.",
    },
    {
      day: -150,
      time: "08:55",
      author: NADIA,
      category: "MEDICATION",
      text: "Baxterrol gecontroleerd: de zakjes van gisteren en vanochtend zijn ingenomen. Mevrouw vertelde dat ze de plaspil liever na het ontbijt neemt dan ervoor, omdat ze dan niet zo vaak naar het toilet hoeft tijdens het boodschappen doen. Doorgegeven aan de wijkverpleegkundige.",
    },
    {
      day: -143,
      time: "14:20",
      author: SANNE,
      category: "CONSULTATION",
      text: "Telefonisch overleg met de apotheek over het innamemoment van de plaspil. Na het ontbijt innemen is prima. De baxterrol wordt vanaf volgende week zo aangepast.",
    },
    {
      day: -131,
      time: "09:05",
      author: KEES,
      category: "WELLBEING",
      text: "Mevrouw was wat somber. Zij mist haar man, die vijf jaar geleden deze week is overleden. We hebben even samen naar foto's gekeken. Zij gaf aan het fijn te vinden dat iemand ernaar vroeg.",
    },
    {
      day: -118,
      time: "09:20",
      author: NADIA,
      category: "PERSONAL_CARE",
      text: "Douchen en aankleden verliep vlot. Kleine rode plek op de linkerhiel, niet open. Hiel vrijgelegd met een kussen onder de kuit en doorgegeven aan de wijkverpleegkundige.",
    },
    {
      day: -116,
      time: "11:00",
      author: SANNE,
      category: "PERSONAL_CARE",
      text: "Rode plek op de linkerhiel bekeken. Drukplek, huid is heel. Advies: 's nachts een hielbeschermer en overdag de voeten regelmatig bewegen. Over een week opnieuw kijken.",
    },
    {
      day: -109,
      time: "11:15",
      author: SANNE,
      category: "PERSONAL_CARE",
      text: "Hiel opnieuw bekeken: de roodheid is bijna weg. De hielbeschermer wordt goed gebruikt. Geen verdere actie nodig.",
    },
    {
      day: -95,
      time: "10:45",
      author: AYSE,
      category: "HOUSEHOLD",
      text: "Gewone schoonmaak gedaan en de gordijnen in de woonkamer gewassen en weer opgehangen. Koelkast uitgeruimd; twee producten waren over de datum en zijn met toestemming van mevrouw weggegooid.",
    },
    {
      day: -80,
      time: "09:00",
      author: KEES,
      category: "WELLBEING",
      text: "Mevrouw vertelde enthousiast over het bezoek van haar kleindochter met de achterkleinzoon. Ze had goed geslapen en was opgewekt. Benen minder dik dan vorige week.",
    },
    {
      day: -62,
      time: "11:05",
      author: SANNE,
      category: "CONSULTATION",
      text: "Evaluatie zorgplan met mevrouw en haar dochter Ingrid. Mevrouw is tevreden over de hulp. Zij wil graag meer onder de mensen komen. Informatie over de dagbesteding in buurtcentrum De Kroon meegegeven. De zorgafspraken blijven voorlopig gelijk.",
    },
    {
      day: -42,
      time: "08:40",
      author: NADIA,
      category: "OTHER",
      text: "Bij binnenkomst lag mevrouw op de badkamervloer. Zij was een half uur eerder uitgegleden en kon niet zelf opstaan. Bij bewustzijn, geen pijn bij het bewegen van armen en benen. Samen met de collega veilig overeind geholpen. Huisarts gebeld; die komt vandaag langs. Dochter op de hoogte gebracht.",
    },
    {
      day: -41,
      time: "15:00",
      author: SANNE,
      category: "CONSULTATION",
      text: "Huisbezoek na de val, samen met de huisarts. Geen botbreuken vermoed, wel een blauwe plek op de rechterheup. Afgesproken: rollator binnenshuis, douchestoel en antislipmatten in de badkamer, een alarmknop om de pols en een verwijzing naar de fysiotherapeut. Het zorgplan wordt aangepast.",
    },
    {
      day: -38,
      time: "09:15",
      author: KEES,
      category: "PERSONAL_CARE",
      text: "Voor het eerst gedoucht op de nieuwe douchestoel. Mevrouw vond het even wennen maar voelde zich veiliger. Blauwe plek op de heup trekt weg. Rollator staat nu naast het bed.",
    },
    {
      day: -35,
      time: "11:40",
      author: TOM,
      category: "OTHER",
      text: "Eerste behandeling. Spierkracht in de benen is matig, evenwicht bij stilstaan redelijk, bij omdraaien onzeker. Drie eenvoudige oefeningen voor thuis meegegeven, met een kaartje op de koelkast.",
    },
    {
      day: -30,
      time: "09:30",
      author: NADIA,
      category: "MEDICATION",
      text: "Mevrouw had de zakjes van zaterdagavond en zondagochtend laten liggen; zij was de weg in de dagen even kwijt na het weekend. Samen de baxterrol doorgenomen. Afgesproken dat de avondploeg het avondzakje klaarlegt naast het kopje thee.",
    },
    {
      day: -24,
      time: "15:30",
      author: "Buurtcentrum De Kroon",
      category: "WELLBEING",
      text: "Mevrouw was voor het eerst bij de dagbesteding. Ze zat aan tafel bij twee dames uit haar straat en heeft meegedaan met het geheugenspel. Bij het afscheid zei ze dat ze donderdag graag terugkomt.",
    },
    {
      day: -21,
      time: "11:35",
      author: TOM,
      category: "OTHER",
      text: "Oefeningen gaan beter. Mevrouw kan nu drie keer achter elkaar opstaan uit de stoel zonder steun van de armleuningen. Volgende keer beginnen we met lopen met de rollator over de drempel.",
    },
    {
      day: -14,
      time: "11:20",
      author: SANNE,
      category: "PERSONAL_CARE",
      text: "Huid van de onderbenen is in goede conditie, geen wondjes. De steunkousen passen nog goed; nieuwe maat is niet nodig. Gewicht stabiel ten opzichte van vorige maand.",
    },
    {
      day: -10,
      time: "10:50",
      author: AYSE,
      category: "HOUSEHOLD",
      text: "Schoonmaak gedaan. De losse kleedjes in de gang zijn op verzoek van mevrouw en haar dochter opgeruimd, zodat ze er niet meer over kan struikelen.",
    },
    {
      day: -6,
      time: "08:50",
      author: KEES,
      category: "MEDICATION",
      text: "Alle zakjes van de afgelopen week zijn ingenomen. De afspraak met het klaarleggen van het avondzakje werkt goed.",
    },
    {
      day: -3,
      time: "16:00",
      author: SANNE,
      category: "CONSULTATION",
      text: "Beeldgesprek met mevrouw en haar dochter. Het gaat goed met lopen en mevrouw gaat graag naar De Kroon. Dochter vraagt of er iets extra's kan op de dagen dat zij op vakantie is; afgesproken dat we dan een extra avondbezoek inplannen.",
    },
    {
      day: -1,
      time: "09:05",
      author: NADIA,
      category: "WELLBEING",
      text: "Mevrouw was goedgemutst en vertelde over de sjoelmiddag bij De Kroon, die zij gewonnen had. Douchen en aankleden zonder bijzonderheden.",
    },
  ],
  contactMoments: [
    {
      day: -150,
      time: "14:10",
      channel: "PHONE",
      withWhom: "Sanne Mulder, wijkverpleegkundige",
      summary: "U belde over het innamemoment van de plaspil. Wij hebben dit met de apotheek overlegd en u teruggebeld.",
    },
    {
      day: -120,
      time: "10:00",
      channel: "EMAIL",
      withWhom: "Planning Wijkteam Oost",
      summary: "Uw dochter vroeg per e-mail of de ochtendzorg tijdens de feestdagen doorgaat. Bevestigd dat de zorg op alle feestdagen gewoon doorgaat.",
    },
    {
      day: -90,
      time: "11:30",
      channel: "PHONE",
      withWhom: "Planning Wijkteam Oost",
      summary: "U vroeg of het ochtendbezoek op vrijdag iets later kan in verband met de kapper. Aangepast naar 9.30 uur.",
    },
    {
      day: -62,
      time: "10:00",
      channel: "VISIT",
      withWhom: "Sanne Mulder, wijkverpleegkundige, en Ingrid de Groot (dochter)",
      summary: "Evaluatiegesprek over het zorgplan bij u thuis. U bent tevreden en wilt meer onder de mensen komen.",
    },
    {
      day: -42,
      time: "09:15",
      channel: "PHONE",
      withWhom: "Ingrid de Groot (dochter)",
      summary: "Uw dochter is gebeld over uw val in de badkamer en over het bezoek van de huisarts later die dag.",
    },
    {
      day: -41,
      time: "14:00",
      channel: "VISIT",
      withWhom: "Sanne Mulder, wijkverpleegkundige, en dokter Van Leeuwen",
      summary: "Huisbezoek na de val. Nieuwe afspraken gemaakt over veilig bewegen, een alarmknop en fysiotherapie.",
    },
    {
      day: -39,
      time: "13:45",
      channel: "PHONE",
      withWhom: "Servicedesk personenalarmering",
      summary: "De alarmknop is aangesloten en er is een testmelding gedaan. Uw dochter en het wijkteam staan als contactpersonen ingesteld.",
    },
    {
      day: -26,
      time: "16:20",
      channel: "EMAIL",
      withWhom: "Sanne Mulder, wijkverpleegkundige",
      summary: "Uw dochter stuurde een bericht dat u na de eerste dagbesteding moe maar blij was. Sanne heeft bedankt voor het bericht.",
    },
    {
      day: -17,
      time: "10:05",
      channel: "PHONE",
      withWhom: "Kees van Dijk, verzorgende IG",
      summary: "U belde of de steunkousen ook op zondag wat later aangetrokken kunnen worden. Dat kan: op zondag komen wij rond 9.30 uur.",
    },
    {
      day: -3,
      time: "15:00",
      channel: "VIDEO",
      withWhom: "Sanne Mulder, wijkverpleegkundige, en Ingrid de Groot (dochter)",
      summary: "Beeldgesprek over hoe het gaat na de val. Afspraken gemaakt voor de vakantie van uw dochter.",
    },
    {
      day: -1,
      time: "17:30",
      channel: "EMAIL",
      withWhom: "Planning Wijkteam Oost",
      summary: "Bevestiging van het extra avondbezoek tijdens de vakantie van uw dochter.",
    },
  ],
};
