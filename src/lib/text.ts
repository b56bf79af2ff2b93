/** Upper-cases the first letter, for rule summaries shown on their own rather than after "so". */
export function sentence(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
