/** Saving text to a file on the device: made in the browser, never sent anywhere. */

export function download(filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * A letter as a standalone HTML page: the text is escaped, so nothing typed can become markup.
 * `appendix` is HTML the app made (already escaped), such as the enclosed income sheet.
 */
export function letterHtml(title: string, text: string, appendix = ''): string {
  const body = text.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n');
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>\n<style>body{font-family:Arial,sans-serif;max-width:40em;margin:2em auto;line-height:1.5}</style></head>\n<body>\n${body}\n${appendix}</body></html>\n`;
}
