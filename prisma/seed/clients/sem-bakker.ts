import type { SeedClient } from "../seed-types";

// A youth care client: outpatient support at home and at school for
// anxiety and school absence, and getting ready for turning 18. Entirely
// invented.
const LOTTE = "Lotte Verbeek, jeugdhulpverlener";
const MARK = "Mark de Boer, gedragswetenschapper";
const HOME = "Bij jullie thuis, Merelstraat 22";
const SCHOOL = "Het Baken College, Spoorlaan 40";
const OFFICE = "Kantoor Nora Zorg Jeugd, Stationsweg 5";

export const semBakker: SeedClient = {
  clientNumber: "NZ-200517",
  name: "Sem Bakker",
  dateOfBirth: "2009-02-14",
  carePlans: [
    {
      version: 1,
      validFromDay: -185,
      createdBy: MARK,
      summary:
        "Sem zit in 4 havo en is sinds de zomer veel thuisgebleven van school door spanning en somberheid. Hij slaapt laat in en komt 's ochtends moeilijk op gang. Sem wil zijn diploma halen. Nora Zorg begeleidt Sem thuis en op school, en praat regelmatig met Sem en zijn moeder samen.",
      goals: [
        {
          title: "Stap voor stap weer naar school",
          description:
            "Sem bouwt zijn rooster op: eerst de ochtenden, na zes weken ook de middagen. Met zijn mentor is afgesproken waar hij even rustig kan zitten als het te veel wordt.",
        },
        {
          title: "Beter omgaan met spanning",
          description:
            "Sem herkent wanneer de spanning oploopt en weet wat hem dan helpt, zoals even naar buiten gaan, ademhalingsoefeningen of een appje naar zijn begeleider.",
        },
        {
          title: "Een vast ritme van slapen en opstaan",
          description:
            "Sem gaat doordeweeks voor half twaalf slapen en staat om zeven uur op. Zijn telefoon ligt 's nachts in de woonkamer.",
        },
      ],
      agreements: [
        {
          description: "Begeleidingsgesprek met Sem, thuis of tijdens een wandeling",
          frequency: "1 keer per week, 1 uur",
          provider: LOTTE,
        },
        {
          description: "Overleg met de mentor en de zorgcoördinator van school",
          frequency: "1 keer per 6 weken",
          provider: `${LOTTE}, en ${MARK}`,
        },
        {
          description: "Gezinsgesprek met Sem en zijn moeder",
          frequency: "1 keer per 4 weken",
          provider: LOTTE,
        },
      ],
    },
    {
      version: 2,
      validFromDay: -28,
      createdBy: MARK,
      summary:
        "Sem gaat weer volledig naar school en zijn ritme is veel beter. De spanning is er nog wel, maar hij weet er beter mee om te gaan. Sem wordt over een paar maanden 18. Daarom gaat de begeleiding nu ook over geldzaken, de zorgverzekering en zelfstandig dingen regelen. De gesprekken zijn minder vaak dan eerst.",
      goals: [
        {
          title: "Het volledige rooster volhouden",
          description:
            "Sem gaat alle dagen naar school. Als hij een dag niet gaat, belt hij zelf de school af en bespreekt hij het met zijn begeleider.",
        },
        {
          title: "Beter omgaan met spanning",
          description:
            "Sem gebruikt zelf zijn plan voor spannende momenten, ook in de toetsweek, zonder dat iemand hem eraan herinnert.",
        },
        {
          title: "Klaar voor je 18e verjaardag",
          description:
            "Sem heeft een eigen DigiD, weet welke zorgverzekering hij kiest, heeft een eigen betaalrekening en houdt bij wat hij verdient en uitgeeft.",
        },
        {
          title: "Vrije tijd en vrienden",
          description:
            "Sem gaat elke week naar de skatehal en spreekt in het weekend af met vrienden.",
        },
      ],
      agreements: [
        {
          description: "Begeleidingsgesprek met Sem",
          frequency: "1 keer per 2 weken, 1 uur",
          provider: LOTTE,
        },
        {
          description: "Samen oefenen met geldzaken en formulieren",
          frequency: "2 keer per maand, 45 minuten",
          provider: LOTTE,
        },
        {
          description: "Overleg met de mentor en de zorgcoördinator van school",
          frequency: "1 keer per 8 weken",
          provider: LOTTE,
        },
        {
          description: "Gesprek over de hulp na je 18e, met het wijkteam van de gemeente",
          frequency: "Eenmalig, voor je verjaardag",
          provider: `${MARK}, en het wijkteam`,
        },
      ],
    },
  ],
  appointments: [
    {
      day: -55,
      time: "16:00",
      minutes: 60,
      location: HOME,
      careWorker: LOTTE,
      description: "Begeleidingsgesprek",
    },
    {
      day: -48,
      time: "13:15",
      minutes: 45,
      location: SCHOOL,
      careWorker: LOTTE,
      description: "Overleg met mentor en zorgcoördinator",
    },
    {
      day: -41,
      time: "16:00",
      minutes: 60,
      location: HOME,
      careWorker: LOTTE,
      description: "Begeleidingsgesprek",
      cancelReason: "Sem had de volgende dag een belangrijke toets en wilde leren. Het gesprek is twee dagen later ingehaald.",
    },
    {
      day: -39,
      time: "16:00",
      minutes: 60,
      location: HOME,
      careWorker: LOTTE,
      description: "Begeleidingsgesprek (ingehaald)",
    },
    {
      day: -30,
      time: "19:00",
      minutes: 60,
      location: HOME,
      careWorker: `${LOTTE}, en ${MARK}`,
      description: "Gezinsgesprek en bespreken nieuw zorgplan",
    },
    {
      day: -16,
      time: "16:30",
      minutes: 60,
      location: "Wandeling vanaf huis",
      careWorker: LOTTE,
      description: "Begeleidingsgesprek",
    },
    {
      day: -9,
      time: "15:45",
      minutes: 45,
      location: OFFICE,
      careWorker: LOTTE,
      description: "Oefenen met geldzaken: je eerste loonstrook",
    },
    {
      day: -2,
      time: "16:30",
      minutes: 60,
      location: HOME,
      careWorker: LOTTE,
      description: "Begeleidingsgesprek",
      cancelReason: "Lotte was ziek. De afspraak is verzet naar volgende week.",
    },
    {
      day: 4,
      time: "16:30",
      minutes: 60,
      location: HOME,
      careWorker: LOTTE,
      description: "Begeleidingsgesprek (verzet)",
    },
    {
      day: 8,
      time: "15:45",
      minutes: 45,
      location: OFFICE,
      careWorker: LOTTE,
      description: "Oefenen met geldzaken: DigiD aanvragen",
    },
    {
      day: 15,
      time: "13:15",
      minutes: 45,
      location: SCHOOL,
      careWorker: LOTTE,
      description: "Overleg met mentor en zorgcoördinator",
    },
    {
      day: 18,
      time: "16:30",
      minutes: 60,
      location: "Beeldbellen",
      careWorker: LOTTE,
      description: "Begeleidingsgesprek",
    },
    {
      day: 33,
      time: "10:00",
      minutes: 60,
      location: "Wijkteam Centrum, Marktplein 2",
      careWorker: `${MARK}, en het wijkteam`,
      description: "Gesprek over de hulp na je 18e",
    },
  ],
  reports: [
    {
      day: -178,
      time: "17:10",
      author: LOTTE,
      category: "WELLBEING",
      text: "Kennismaking met Sem thuis. Sem was stil maar wel open. Hij vertelde dat hij 's ochtends buikpijn krijgt als hij aan school denkt en dan in bed blijft. Hij gamet vaak tot diep in de nacht. Sem wil graag zijn diploma halen en later iets met techniek doen.",
    },
    {
      day: -171,
      time: "20:30",
      author: MARK,
      category: "CONSULTATION",
      text: "Gesprek met Sem en zijn moeder over de hulpvraag. Samen drie doelen opgesteld: weer naar school, beter omgaan met spanning, en een vast ritme. Sem koos zelf dat hij met de ochtenden begint.",
    },
    {
      day: -164,
      time: "14:00",
      author: LOTTE,
      category: "CONSULTATION",
      text: "Overleg op school met de mentor, meneer Yilmaz, en de zorgcoördinator. Afgesproken dat Sem de eerste zes weken alleen de ochtenden komt en bij spanning naar het stiltelokaal mag. De mentor stuurt Sem op maandag het weekrooster.",
    },
    {
      day: -157,
      time: "17:00",
      author: LOTTE,
      category: "PERSONAL_CARE",
      text: "Slaapdagboek van de afgelopen week besproken. Sem ging gemiddeld om half twee slapen. Hij wil proberen zijn telefoon om elf uur in de woonkamer te leggen. Zijn moeder helpt hem eraan herinneren.",
    },
    {
      day: -150,
      time: "16:50",
      author: LOTTE,
      category: "WELLBEING",
      text: "Sem is deze week drie van de vijf ochtenden op school geweest. Op de andere twee dagen was de spanning te hoog. We hebben zijn spanningsthermometer gemaakt: wat merkt hij bij een 3, een 6 en een 9, en wat helpt dan.",
    },
    {
      day: -136,
      time: "09:30",
      author: MARK,
      category: "MEDICATION",
      text: "De huisarts heeft voor zes weken een lage dosis melatonine voorgeschreven om het inslapen te ondersteunen. Afgesproken dat Sem het een half uur voor het slapen inneemt en dat we na zes weken samen evalueren.",
    },
    {
      day: -129,
      time: "17:15",
      author: LOTTE,
      category: "PERSONAL_CARE",
      text: "Ritme gaat vooruit: Sem slaapt nu meestal voor half een. Hij staat op met een wekker aan de andere kant van de kamer. Vier ochtenden op school deze week.",
    },
    {
      day: -115,
      time: "16:40",
      author: LOTTE,
      category: "HOUSEHOLD",
      text: "Samen pasta gekookt voor het hele gezin. Sem deed de boodschappenlijst en rekende uit wat het kostte. Hij vond het leuk en wil dit vaker doen op woensdag.",
    },
    {
      day: -101,
      time: "14:10",
      author: LOTTE,
      category: "CONSULTATION",
      text: "Tweede overleg op school. Sem is vijf weken bijna alle ochtenden aanwezig geweest. Besloten om na de vakantie de middagen erbij te nemen, te beginnen met de praktijkvakken.",
    },
    {
      day: -94,
      time: "09:45",
      author: MARK,
      category: "MEDICATION",
      text: "Evaluatie melatonine. Sem slaapt makkelijker in, ook in de dagen zonder. In overleg met de huisarts wordt de melatonine gestopt.",
    },
    {
      day: -80,
      time: "17:05",
      author: LOTTE,
      category: "WELLBEING",
      text: "Eerste volle week op school zonder een dag te missen. Sem was trots. Hij zegt dat het stiltelokaal minder nodig is; hij gaat nu vaker even naar buiten in de pauze.",
    },
    {
      day: -66,
      time: "16:30",
      author: LOTTE,
      category: "OTHER",
      text: "Sem wil een bijbaan. Samen een sollicitatiebericht geschreven voor de supermarkt in de wijk. Geoefend met een kort gesprek: wie ben je, waarom wil je daar werken, wanneer kun je.",
    },
    {
      day: -55,
      time: "17:10",
      author: LOTTE,
      category: "WELLBEING",
      text: "Sem is aangenomen bij de supermarkt, twee avonden per week vakken vullen. Hij maakt zich een beetje zorgen of hij het naast school volhoudt. Afgesproken om het na een maand te bekijken.",
    },
    {
      day: -48,
      time: "14:05",
      author: LOTTE,
      category: "CONSULTATION",
      text: "Overleg op school. Sem volgt nu het volledige rooster. Zijn cijfers voor wiskunde en natuurkunde gaan omhoog. De mentor merkt dat Sem vaker iets zegt in de klas.",
    },
    {
      day: -39,
      time: "17:00",
      author: LOTTE,
      category: "WELLBEING",
      text: "Gesprek over de toetsweek. Sem merkte dat de spanning opliep naar een 7. Hij heeft zelf zijn plan gebruikt: een planning per dag, na elk uur leren tien minuten naar buiten. De toetsen gingen naar zijn gevoel redelijk.",
    },
    {
      day: -30,
      time: "20:15",
      author: MARK,
      category: "CONSULTATION",
      text: "Gezinsgesprek. De doelen van het eerste plan zijn grotendeels gehaald. Sem en zijn moeder willen de begeleiding nu richten op zelfstandig worden en de 18e verjaardag. Het nieuwe zorgplan is samen opgesteld en de gesprekken worden om de week.",
    },
    {
      day: -23,
      time: "16:20",
      author: LOTTE,
      category: "HOUSEHOLD",
      text: "Sem doet sinds twee weken zelf zijn was. Eén keer is een witte trui roze geworden; hij kon er om lachen. Samen de wasvoorschriften op de labels bekeken.",
    },
    {
      day: -16,
      time: "17:35",
      author: LOTTE,
      category: "WELLBEING",
      text: "Tijdens de wandeling vertelde Sem dat hij weer contact heeft met een vriend van de basisschool. Ze gaan samen naar de skatehal. Het werk bij de supermarkt gaat goed; hij is gevraagd voor een extra zaterdag.",
    },
    {
      day: -9,
      time: "16:35",
      author: LOTTE,
      category: "OTHER",
      text: "Eerste loonstrook samen doorgenomen: bruto, netto en loonheffing. Sem heeft een overzicht gemaakt van wat hij per maand verdient en wat hij uitgeeft. Hij wil sparen voor een scooterrijbewijs.",
    },
    {
      day: -6,
      time: "10:15",
      author: MARK,
      category: "CONSULTATION",
      text: "Contact gehad met het wijkteam van de gemeente over de hulp na Sems 18e verjaardag. Er is een gesprek gepland. Sem wil daar zelf bij zijn en het woord doen.",
    },
    {
      day: -2,
      time: "12:00",
      author: "Planning Nora Zorg Jeugd",
      category: "OTHER",
      text: "Het begeleidingsgesprek van vandaag is vervallen door ziekte van de begeleider. Sem en zijn moeder zijn gebeld en er is een nieuwe afspraak gemaakt.",
    },
  ],
  contactMoments: [
    {
      day: -180,
      time: "11:00",
      channel: "PHONE",
      withWhom: "Mark de Boer, gedragswetenschapper",
      summary: "Je moeder belde na de aanmelding. Uitgelegd hoe de begeleiding werkt en een kennismaking gepland.",
    },
    {
      day: -178,
      time: "16:00",
      channel: "VISIT",
      withWhom: "Lotte Verbeek, jeugdhulpverlener",
      summary: "Kennismaking bij jou thuis.",
    },
    {
      day: -140,
      time: "08:05",
      channel: "PHONE",
      withWhom: "Lotte Verbeek, jeugdhulpverlener",
      summary: "Je belde dat je die ochtend niet naar school kon door spanning. Samen de spanningsthermometer doorgelopen; je bent om tien uur toch gegaan.",
    },
    {
      day: -110,
      time: "19:30",
      channel: "EMAIL",
      withWhom: "Lotte Verbeek, jeugdhulpverlener",
      summary: "Je moeder mailde dat het koken goed ging en vroeg om tips voor makkelijke recepten. Lotte stuurde er drie.",
    },
    {
      day: -72,
      time: "16:00",
      channel: "VIDEO",
      withWhom: "Lotte Verbeek, jeugdhulpverlener",
      summary: "Beeldgesprek omdat je die week ziek thuis was. Het ging vooral over het inhalen van schoolwerk.",
    },
    {
      day: -60,
      time: "15:40",
      channel: "PHONE",
      withWhom: "Lotte Verbeek, jeugdhulpverlener",
      summary: "Je belde blij op: je bent aangenomen bij de supermarkt.",
    },
    {
      day: -30,
      time: "19:00",
      channel: "VISIT",
      withWhom: "Lotte Verbeek en Mark de Boer",
      summary: "Gezinsgesprek bij jullie thuis over het nieuwe zorgplan.",
    },
    {
      day: -20,
      time: "21:10",
      channel: "EMAIL",
      withWhom: "Mark de Boer, gedragswetenschapper",
      summary: "Je moeder vroeg wat er verandert als je 18 wordt. Mark stuurde uitleg over de zorgverzekering en de hulp via de gemeente.",
    },
    {
      day: -6,
      time: "10:30",
      channel: "PHONE",
      withWhom: "Mark de Boer, gedragswetenschapper",
      summary: "Gebeld om het gesprek met het wijkteam voor te bereiden. Je wilt zelf vertellen wat je nodig hebt.",
    },
    {
      day: -2,
      time: "11:45",
      channel: "PHONE",
      withWhom: "Planning Nora Zorg Jeugd",
      summary: "Gebeld dat het begeleidingsgesprek vandaag niet doorgaat door ziekte en een nieuwe afspraak gemaakt.",
    },
  ],
};
