import { describe, expect, it } from 'vitest';
import { cardPages, qrImageOf } from '@renderer/print/training/participant-card-data';

describe('the sheet of participant cards', () => {
  it('puts eight cards on a page, the last page holding the rest', () => {
    const cards = Array.from({ length: 30 }, (_, i) => i + 1);
    const pages = cardPages(cards);
    expect(pages.map((p) => p.length)).toEqual([8, 8, 8, 6]);
    expect(pages.flat()).toEqual(cards);
    expect(cardPages(cards.slice(0, 16)).map((p) => p.length)).toEqual([8, 8]);
  });

  it('still has one page when nobody has a seat, to say so', () => {
    expect(cardPages([])).toEqual([[]]);
  });

  it('draws the QR code as an SVG image', async () => {
    const url = await qrImageOf('0b7f3c1e-8a2d-4e5f-9a6b-1c2d3e4f5a6b');
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    const svg = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 (\d+) \1"/);
  });
});
