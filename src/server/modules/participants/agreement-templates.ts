/**
 * Versioned texts of the wijk-werkovereenkomst (R7: the agreement between the wijk-werker and the organiser;
 * the wijk-werker has no contract with the client). A new wording gets a new version; signed agreements keep theirs.
 */
export type AgreementTemplate = {
  version: string;
  title: string;
  clauses: (fields: AgreementFields) => string[];
};

export type AgreementFields = {
  organiserName: string;
  participantName: string;
  insz: string;
  address: string;
  startDate: string;
  referralAgency: string;
};

export const agreementTemplates: readonly AgreementTemplate[] = [
  {
    version: '2026-01',
    title: 'Wijk-werkovereenkomst',
    clauses: (fields) => [
      `Tussen ${fields.organiserName}, organisator wijk-werken, en ${fields.participantName} (INSZ ${fields.insz}), wonende te ${fields.address}, hierna de wijk-werker, wordt overeengekomen wat volgt.`,
      `1. De wijk-werker werd toegeleid door ${fields.referralAgency} en start een wijk-werktraject op ${fields.startDate}, overeenkomstig het decreet van 7 juli 2017 betreffende wijk-werken en het besluit van de Vlaamse Regering van 29 september 2017.`,
      '2. Het traject duurt maximaal twaalf maanden: zes maanden, eenmaal verlengbaar met zes maanden na evaluatie door de VDAB-bemiddelaar of de OCMW-trajectbegeleider. Elke zes maanden volgt een evaluatie.',
      '3. De wijk-werker werkt maximaal 60 uur per kalendermaand en 630 uur per kalenderjaar. Er is geen arbeidsovereenkomst met de gebruiker.',
      '4. De wijk-werker ontvangt een wijk-werkvergoeding van € 4,10 per gepresteerd uur, bovenop de uitkering, en een verplaatsingsvergoeding wanneer de afstand heen en terug meer dan 10 kilometer bedraagt. Deze vergoedingen zijn niet belastbaar.',
      '5. De wijk-werker blijft beschikbaar voor de arbeidsmarkt en houdt zich aan de afspraken met de VDAB of het OCMW. De VDAB verzekert de wijk-werker tegen arbeidsongevallen en burgerlijke aansprakelijkheid; een ongeval wordt binnen zeven werkdagen gemeld.',
      '6. De organisator verwerkt de persoonsgegevens van de wijk-werker enkel voor wijk-werken en deelt ze met de VDAB of het OCMW binnen de toestemming die de wijk-werker gaf.',
    ],
  },
];

export const currentAgreementTemplate = (): AgreementTemplate => {
  const latest = agreementTemplates.at(-1);
  if (!latest) throw new Error('No agreement template');
  return latest;
};
