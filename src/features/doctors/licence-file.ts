/**
 * Checks an uploaded licence document: the type comes from the file's first bytes (PDF, PNG or
 * JPEG), never from the browser's content type or the name, and the name is cleaned before it
 * is stored or sent back in a Content-Disposition header.
 */

export const LICENCE_TYPES = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
} as const;

export type LicenceContentType = keyof typeof LICENCE_TYPES;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);

/** The content type named by the file's magic bytes, or undefined for anything else. */
export function detectLicenceType(bytes: Uint8Array): LicenceContentType | undefined {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  return undefined;
}

/**
 * A safe file name: the last path segment, without control characters, quotes or characters
 * that are special in file systems, at most 100 characters, ending in the extension of the
 * detected type (so "scan.pdf.exe" holding a PDF becomes "scan.pdf.pdf", never ".exe").
 */
export function sanitizeFileName(name: string, type: LicenceContentType): string {
  const extension = LICENCE_TYPES[type];
  const base = (name.split(/[/\\]/).pop() ?? '')
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f"<>:*?|;]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const stem = base
    .replace(/\.(pdf|png|jpe?g)$/i, '')
    .slice(0, 90)
    .trim();
  return `${stem || 'licence'}.${extension}`;
}

/** `attachment` with an ASCII fallback name and the UTF-8 name (RFC 6266 / 5987). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** "5 MB", "512 KB": a byte limit as people read it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
