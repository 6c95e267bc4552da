import { createRequire } from 'node:module';

type PdfDocument = PDFKit.PDFDocument;

const resolveFont = (file: string): string => createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${file}`);

/** DejaVu Sans covers every name we meet (Ş, Ł, Ő …), which pdfkit's built-in fonts silently garble. */
export const pdfFonts = { regular: resolveFont('DejaVuSans.ttf'), bold: resolveFont('DejaVuSans-Bold.ttf') } as const;

/**
 * Draws one PDF and collects its bytes. pdfkit is loaded on the first document, not at start-up: most processes
 * never print one, and loading it costs start-up time (bench:startup).
 */
export const renderPdf = async (options: PDFKit.PDFDocumentOptions, draw: (document: PdfDocument) => void): Promise<Buffer> => {
  const { default: PDFDocument } = await import('pdfkit');
  return new Promise((resolve, reject) => {
    const document = new PDFDocument(options);
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
    draw(document);
    document.end();
  });
};
