/** Upper-cases the first letter, for rule summaries shown on their own rather than after "so". */
export function sentence(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * Text as a form field may hold it: no control characters but new lines and tabs (a paste can
 * bring them; a file would have to escape each in six bytes), and no broken surrogate pairs.
 */
export function cleanText(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD').replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '');
}
