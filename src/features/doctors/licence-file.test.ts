/** Licence files: type by magic bytes only, safe names, Content-Disposition. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attachmentDisposition, detectLicenceType, formatBytes, sanitizeFileName } from './licence-file.ts';

test('the type comes from the first bytes', () => {
  assert.equal(detectLicenceType(Buffer.from('%PDF-1.7\n')), 'application/pdf');
  assert.equal(
    detectLicenceType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1])),
    'image/png',
  );
  assert.equal(detectLicenceType(Buffer.from([0xff, 0xd8, 0xff, 0xe0])), 'image/jpeg');
  assert.equal(detectLicenceType(Buffer.from('<html><script>alert(1)</script>')), undefined);
  assert.equal(detectLicenceType(Buffer.from('GIF89a')), undefined);
  assert.equal(detectLicenceType(Buffer.from('%PD')), undefined, 'too short');
  assert.equal(detectLicenceType(new Uint8Array()), undefined);
});

test('names lose paths, control and special characters, and end in the detected extension', () => {
  assert.equal(sanitizeFileName('C:\\Users\\me\\licence.PDF', 'application/pdf'), 'licence.pdf');
  assert.equal(sanitizeFileName('../../etc/passwd', 'image/png'), 'passwd.png');
  assert.equal(sanitizeFileName('scan.pdf.exe', 'application/pdf'), 'scan.pdf.exe.pdf');
  assert.equal(sanitizeFileName('a\u0000b\r\n"c"<d>.jpeg', 'image/jpeg'), 'abcd.jpg');
  assert.equal(sanitizeFileName('...', 'image/png'), 'licence.png');
  assert.equal(sanitizeFileName('執照 掃描.png', 'image/png'), '執照 掃描.png');
  assert.ok(sanitizeFileName('x'.repeat(500), 'image/png').length <= 94);
});

test('Content-Disposition has an ASCII fallback and the UTF-8 name', () => {
  assert.equal(
    attachmentDisposition('執照.pdf'),
    `attachment; filename="__.pdf"; filename*=UTF-8''%E5%9F%B7%E7%85%A7.pdf`,
  );
  assert.equal(formatBytes(5 * 1024 * 1024), '5 MB');
  assert.equal(formatBytes(300 * 1024), '300 KB');
  assert.equal(formatBytes(70), '70 B');
});
