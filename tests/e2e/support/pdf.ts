/**
 * What a person would read on paper: the page printed to an A4 PDF by Chromium, read back as text
 * with pdftotext (Debian's poppler-utils, installed by .ci/run), one string per printed page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export async function printedPages(page: Page): Promise<string[]> {
  const pdfFile = join(mkdtempSync(join(tmpdir(), 'summary-')), 'summary.pdf');
  await page.pdf({ format: 'A4', path: pdfFile });
  let text: string;
  try {
    text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
  } catch (error) {
    throw new Error(`pdftotext (Debian's poppler-utils) is needed to read the PDF: ${String(error)}`);
  }
  return text.split('\f').filter((p) => p.trim());
}
