import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

// DejaVu Sans covers every name we meet (Ş, Ł, Ő …), which pdfkit's built-in fonts silently garble.
const fontPath = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const boldFontPath = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

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
  new Promise((resolve, reject) => {
    const document = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `${agreement.title} ${agreement.partyName}`, Author: agreement.organiserName } });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);

    document.font(boldFontPath).fontSize(18).text(agreement.title);
    document.font(fontPath).fontSize(9).fillColor('#444444').text(`Sjabloon ${agreement.templateVersion}`).moveDown();
    document.fillColor('#000000').fontSize(11);
    for (const clause of agreement.clauses) document.text(clause, { align: 'left' }).moveDown(0.6);
    document.moveDown(2);
    const signatureTop = document.y;
    document.text('Voor de organisator', 56, signatureTop).text(agreement.organiserName);
    document.text(agreement.partyLabel, 320, signatureTop).text(agreement.partyName, 320);
    document.moveDown(3).text(agreement.signedOn ? `Ondertekend op ${agreement.signedOn}` : 'Datum: ____________________', 56);
    document.end();
  });
