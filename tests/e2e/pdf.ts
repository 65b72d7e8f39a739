// Reads a printed PDF with poppler's own tools (pdfinfo, pdftotext, pdffonts, pdftoppm), so that
// the tests check the file a user would get, not the page that made it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export type PdfInfo = { pages: number; pageSizePts: [number, number] };

export function pdfInfo(file: string): PdfInfo {
  const out = run('pdfinfo', [file]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? NaN);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
  return { pages, pageSizePts: [Number(size?.[1] ?? NaN), Number(size?.[2] ?? NaN)] };
}

/** The text of the given pages (1-based, inclusive; all when left out), laid out as printed. */
export function pdfText(file: string, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return run('pdftotext', ['-layout', '-enc', 'UTF-8', ...range, file, '-']);
}

/** Thai marks written above or below a consonant (sara am's nikhahit excluded: it is a vowel). */
const THAI_MARKS = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]+/g;

/**
 * The text as letters only, for comparing: `-layout` pads columns with spaces and may put its own
 * between Thai words, which are written without them; and a PDF keeps stacked Thai marks in the
 * order they are drawn (พันธุ์ comes back as พันธ์ุ), so each run of marks is put in one order.
 */
export function compact(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, '')
    .replace(THAI_MARKS, (marks) => [...marks].sort().join(''));
}

export type PdfFont = { name: string; type: string; embedded: boolean; subset: boolean };

export function pdfFonts(file: string): PdfFont[] {
  const lines = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    // name, type (may hold spaces), encoding, emb, sub, uni, object id, generation
    const cells = line.trim().split(/\s+/);
    const [emb, sub] = cells.slice(-5, -3);
    return {
      name: cells[0]!,
      type: cells.slice(1, -6).join(' '),
      embedded: emb === 'yes',
      subset: sub === 'yes',
    };
  });
}

/** True when a Sarabun face is embedded in the file (a subset such as `ABCDEF+Sarabun-Regular`). */
export function hasEmbeddedSarabun(file: string): boolean {
  return pdfFonts(file).some((font) => /Sarabun/i.test(font.name) && font.embedded);
}

/** Renders one page to a PNG at 80 dpi and returns the PNG's path. */
export function renderPage(file: string, page: number, outBase: string, dpi = 80): string {
  run('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
    outBase,
  ]);
  const png = `${outBase}.png`;
  if (!existsSync(png)) {
    const made = readdirSync(dirname(outBase)).filter((f) => f.startsWith(basename(outBase)));
    throw new Error(
      `pdftoppm made no ${png} (found: ${made.map((f) => join(dirname(outBase), f)).join(', ')})`,
    );
  }
  return png;
}
