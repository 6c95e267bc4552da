import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { MessageLanguage } from '../../../contracts/messages';
import { formatCivilDateFor } from './format-for-message';
import type { PostalAddress, Sender } from './message-parts';
import type { RenderedMessage } from './render-message';

// DejaVu Sans covers every name we meet (Ş, Ł, Ő …), which pdfkit's built-in fonts silently garble.
const fontPath = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const boldFontPath = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export type PrintableLetter = { recipientName: string; address: PostalAddress; language: MessageLanguage; sender: Sender; rendered: RenderedMessage };

const millimetre = 72 / 25.4;

/**
 * The day's letters, one A4 page each, the recipient's address where a Belgian window envelope (DL, window on the
 * right) shows it. A day without letters still gives a page that says so, so the office knows it printed the list.
 */
export const renderLettersPdf = (date: string, letters: readonly PrintableLetter[], emptyText: string): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const document = new PDFDocument({ size: 'A4', margin: 20 * millimetre, autoFirstPage: false, info: { Title: `Brieven ${date}` } });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);

    if (letters.length === 0) document.addPage().font(fontPath).fontSize(12).text(emptyText);
    for (const letter of letters) {
      const { sender, address } = letter;
      document.addPage().font(boldFontPath).fontSize(11).text(sender.organiserName);
      document.font(fontPath).fontSize(9);
      if (sender.office) {
        document
          .text(sender.office.name)
          .text(`${sender.office.street}, ${sender.office.postcode} ${sender.office.city}`)
          .text(`${sender.office.phone} · ${sender.office.email}`);
      }
      document
        .fontSize(11)
        .text([letter.recipientName, address.street, `${address.postcode} ${address.city}`].join('\n'), 110 * millimetre, 50 * millimetre, { width: 80 * millimetre });
      document.text(formatCivilDateFor(letter.language, date), 20 * millimetre, 95 * millimetre);
      document.moveDown().font(boldFontPath).text(letter.rendered.subject).moveDown();
      document.font(fontPath).text(letter.rendered.text, { width: 170 * millimetre });
    }
    document.end();
  });
