import { pdfFonts, renderPdf } from './render-pdf';

/** A signed-on-paper agreement between the organiser and one other party, as its frozen snapshot words it. */
export type AgreementDocument = {
  readonly title: string;
  readonly templateVersion: string;
  readonly clauses: readonly string[];
  readonly organiserName: string;
  /** How the other party is named under its signature, e.g. "De wijk-werker", "De gebruiker". */
  readonly partyLabel: string;
  readonly partyName: string;
  readonly signedOn: string | null;
};

/** The agreement as an A4 PDF with space for both signatures (wijk-werkovereenkomst, gebruikersovereenkomst). */
export const renderAgreementPdf = (agreement: AgreementDocument): Promise<Buffer> =>
  renderPdf({ size: 'A4', margin: 56, info: { Title: `${agreement.title} ${agreement.partyName}`, Author: agreement.organiserName } }, (document) => {
    document.font(pdfFonts.bold).fontSize(18).text(agreement.title);
    document.font(pdfFonts.regular).fontSize(9).fillColor('#444444').text(`Sjabloon ${agreement.templateVersion}`).moveDown();
    document.fillColor('#000000').fontSize(11);
    for (const clause of agreement.clauses) document.text(clause, { align: 'left' }).moveDown(0.6);
    document.moveDown(2);
    const signatureTop = document.y;
    document.text('Voor de organisator', 56, signatureTop).text(agreement.organiserName);
    document.text(agreement.partyLabel, 320, signatureTop).text(agreement.partyName, 320);
    document.moveDown(3).text(agreement.signedOn ? `Ondertekend op ${agreement.signedOn}` : 'Datum: ____________________', 56);
  });
