import { describe, expect, it } from 'vitest';
import { fromKedmanee, hasThaiLetters } from '@shared/domain/text/keyboard-layout';

describe('undoing the Thai Kedmanee layout', () => {
  it('gives back the digits typed on the number row', () => {
    expect(fromKedmanee('ๅ/-ภถุึคตจ')).toBe('1234567890');
  });

  it('gives back lower-case letters, including the hex letters of an id', () => {
    expect(fromKedmanee('ฟิแกำด')).toBe('abcdef');
    expect(fromKedmanee('ๆไำพะัีรนย')).toBe('qwertyuiop');
  });

  it('gives back shifted keys: capitals and the colon of a card prefix', () => {
    expect(fromKedmanee('ฯญ?ขญซ')).toBe('OPM-P:');
    expect(fromKedmanee('ฤฆฏโฌ็๋ษศ')).toBe('ASDFGHJKL');
  });

  it('gives back the punctuation keys that Kedmanee puts letters on', () => {
    expect(fromKedmanee('บลฃวงมใฝ')).toBe("[]\\;',./");
  });

  it('leaves characters that no Kedmanee key gives as they are', () => {
    expect(fromKedmanee('OPM 12ab')).toBe('OPM 12ab');
    // A dash is what the 3 key gives in Kedmanee, so it is read as one.
    expect(fromKedmanee('ๅ-ๅ')).toBe('131');
    expect(fromKedmanee('')).toBe('');
  });
});

describe('telling a Thai-layout scan from other text', () => {
  it('sees Thai letters and marks', () => {
    expect(hasThaiLetters('สมชาย')).toBe(true);
    expect(hasThaiLetters('ๅ/-')).toBe(true);
    expect(hasThaiLetters('ฯญ?ขญซ')).toBe(true);
  });

  it('does not count Thai digits, Latin letters or punctuation', () => {
    expect(hasThaiLetters('๑๒๓๔๕')).toBe(false);
    expect(hasThaiLetters('OPM-P:1234')).toBe(false);
    expect(hasThaiLetters('1-1020-12345-67-8')).toBe(false);
  });
});
