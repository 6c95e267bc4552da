/**
 * Versioned texts of the gebruikersovereenkomst (R7, R17: the agreement between the client and the organiser). A
 * new wording gets a new version; an agreement keeps the version and the fields it was drawn up with.
 */
export type ClientAgreementTemplate = {
  readonly version: string;
  readonly title: string;
  readonly clauses: (fields: ClientAgreementFields) => string[];
};

export type ClientAgreementFields = {
  readonly organiserName: string;
  readonly clientName: string;
  readonly clientNumber: number;
  readonly enterpriseNumber: string | null;
  readonly address: string;
  readonly feeAmount: string;
};

export const clientAgreementTemplates: readonly ClientAgreementTemplate[] = [
  {
    version: '2026-01',
    title: 'Gebruikersovereenkomst wijk-werken',
    clauses: (fields) => [
      `Tussen ${fields.organiserName}, organisator wijk-werken, en ${fields.clientName}${fields.enterpriseNumber ? ` (ondernemingsnummer ${fields.enterpriseNumber})` : ''}, ${fields.address}, gebruiker nummer ${fields.clientNumber}, hierna de gebruiker, wordt overeengekomen wat volgt.`,
      '1. De gebruiker laat klusjes uitvoeren door wijk-werkers binnen de activiteiten die de organisator voor zijn categorie en gemeente toelaat, overeenkomstig het decreet van 7 juli 2017 betreffende wijk-werken.',
      '2. De wijk-werker heeft geen arbeidsovereenkomst met de gebruiker. De gebruiker geeft de wijk-werker geen opdrachten buiten het afgesproken klusje en zorgt voor een veilige werkplek.',
      '3. De gebruiker betaalt de prestaties met wijk-werkcheques en bevestigt de gepresteerde uren tijdig.',
      `4. De gebruiker betaalt elk kalenderjaar een inschrijvingsgeld van ${fields.feeAmount} met de gestructureerde mededeling die de organisator geeft. Zonder ondertekende overeenkomst en betaald inschrijvingsgeld van het lopende jaar worden geen klusjes gepland.`,
      '5. De organisator verwerkt de gegevens van de gebruiker enkel voor wijk-werken.',
    ],
  },
];

export const currentClientAgreementTemplate = (): ClientAgreementTemplate => {
  const latest = clientAgreementTemplates.at(-1);
  if (!latest) throw new Error('No client agreement template');
  return latest;
};
