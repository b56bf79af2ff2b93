/**
 * Printing one part of the letters and tools page: the parts named (letters, sheet, log) are marked
 * on the page while the browser prints, and the print styles hide the others.
 */
export type PrintPart = 'letter' | 'sheet' | 'log';

export function printParts(parts: PrintPart[]): void {
  const root = document.documentElement;
  root.dataset.print = parts.join(' ');
  const done = () => {
    delete root.dataset.print;
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
