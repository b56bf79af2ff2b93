/** scripts/languageMissingNotices.ts: `common:offline.languageMissing` in every language, by code. */
declare module 'virtual:language-missing' {
  const lines: Record<string, string>;
  export default lines;
}
