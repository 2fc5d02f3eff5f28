import { describe, expect, it } from 'vitest';
import { checkScannedFile, sniffScannedType } from './scanned-files';

const OGG = Buffer.concat([Buffer.from('OggS'), Buffer.from([0, 2]), Buffer.alloc(200, 1)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);

describe('files checked by their first bytes', () => {
  it('knows an OGG voice note by its OggS start', () => {
    expect(sniffScannedType(OGG)).toBe('audio/ogg');
    expect(checkScannedFile(OGG, 'audio/ogg', 1000, ['audio/ogg'])).toEqual({ ok: true, value: 'audio/ogg' });
  });

  it('refuses a "voice note" whose bytes are something else, or too large', () => {
    expect(checkScannedFile(JPEG, 'audio/ogg', 1000, ['audio/ogg'])).toEqual({ ok: false, error: 'type' });
    expect(checkScannedFile(OGG, 'audio/ogg', 100, ['audio/ogg'])).toEqual({ ok: false, error: 'too-large' });
  });

  it('keeps document uploads to PDF and images unless audio is asked for', () => {
    expect(checkScannedFile(OGG, 'audio/ogg', 1000)).toEqual({ ok: false, error: 'type' });
    expect(checkScannedFile(JPEG, 'image/jpeg', 1000)).toEqual({ ok: true, value: 'image/jpeg' });
  });
});
