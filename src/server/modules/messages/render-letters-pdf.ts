import type { MessageLanguage } from '../../../contracts/messages';
import { pdfFonts, renderPdf } from '../../platform/documents/render-pdf';
import { formatCivilDateFor } from './format-for-message';
import type { PostalAddress, Sender } from './message-parts';
import type { RenderedMessage } from './render-message';

export type PrintableLetter = { recipientName: string; address: PostalAddress; language: MessageLanguage; sender: Sender; rendered: RenderedMessage };

const millimetre = 72 / 25.4;

/**
 * The day's letters, one A4 page each, the recipient's address where a Belgian window envelope (DL, window on the
 * right) shows it. A day without letters still gives a page that says so, so the office knows it printed the list.
 */
export const renderLettersPdf = (date: string, letters: readonly PrintableLetter[], emptyText: string): Promise<Buffer> =>
  renderPdf({ size: 'A4', margin: 20 * millimetre, autoFirstPage: false, info: { Title: `Brieven ${date}` } }, (document) => {
    if (letters.length === 0) document.addPage().font(pdfFonts.regular).fontSize(12).text(emptyText);
    for (const letter of letters) {
      const { sender, address } = letter;
      document.addPage().font(pdfFonts.bold).fontSize(11).text(sender.organiserName);
      document.font(pdfFonts.regular).fontSize(9);
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
      document.moveDown().font(pdfFonts.bold).text(letter.rendered.subject).moveDown();
      document.font(pdfFonts.regular).text(letter.rendered.text, { width: 170 * millimetre });
    }
  });
