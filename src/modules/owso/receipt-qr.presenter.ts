// The receipt's QR code, drawn on the server as SVG (no script, prints cleanly).
import QRCode from 'qrcode';

/** An SVG QR code of `url`; medium error correction survives a crumpled printout. */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
