import { createRequire } from 'node:module';
import type { AgreementFields, AgreementTemplate } from './agreement-templates';

// DejaVu Sans covers every name we meet (Ş, Ł, Ő …), which pdfkit's built-in fonts silently garble.
const fontPath = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const boldFontPath = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

/** The agreement as an A4 PDF with space for both signatures. */
export const renderAgreementPdf = async (template: AgreementTemplate, fields: AgreementFields, signedOn: string | null): Promise<Buffer> => {
  // pdfkit takes ~0.2 s to load and only agreement downloads need it, so the server starts without it.
  const { default: PDFDocument } = await import('pdfkit');
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `${template.title} ${fields.participantName}`, Author: fields.organiserName } });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);

    document.font(boldFontPath).fontSize(18).text(template.title);
    document.font(fontPath).fontSize(9).fillColor('#444444').text(`Sjabloon ${template.version}`).moveDown();
    document.fillColor('#000000').fontSize(11);
    for (const clause of template.clauses(fields)) document.text(clause, { align: 'left' }).moveDown(0.6);
    document.moveDown(2);
    const signatureTop = document.y;
    document.text('Voor de organisator', 56, signatureTop).text(fields.organiserName);
    document.text('De wijk-werker', 320, signatureTop).text(fields.participantName, 320);
    document.moveDown(3).text(signedOn ? `Ondertekend op ${signedOn}` : 'Datum: ____________________', 56);
    document.end();
  });
};
