import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

// Four modules of white around the code: the quiet zone the QR standard asks for, or phone cameras miss it.
const quietZone = 4;

/** The dark modules of a QR code as one SVG path: one element instead of hundreds keeps the DOM light. */
export const qrPath = (text: string): { size: number; path: string } => {
  const code = qrcode(0, 'M');
  code.addData(text);
  code.make();
  const count = code.getModuleCount();
  let path = '';
  for (let row = 0; row < count; row += 1) {
    for (let column = 0; column < count; column += 1) {
      if (code.isDark(row, column)) path += `M${column + quietZone},${row + quietZone}h1v1h-1z`;
    }
  }
  return { size: count + 2 * quietZone, path };
};

/**
 * Drawn in React as an inline SVG with presentation attributes: the CSP allows neither inline styles nor scripts,
 * and an SVG stays sharp at any zoom level, which a small GIF would not.
 */
export const QrCode = ({ text, label }: { text: string; label: string }) => {
  const { size, path } = useMemo(() => qrPath(text), [text]);
  return (
    <svg className="qr-code" role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
};
