/** A text with the amounts and dates it states filled in, as the guide shows them in English (for generated docs). */
import { FORMATS, type FormatName } from '../src/i18n/formatting';
import { TEXT_VALUES } from '../src/i18n/textValues';

export function withValues(text: string, language = 'en'): string {
  return text.replace(/\{\{\s*(\w+)\s*,\s*(\w+)\s*\}\}/g, (whole, name: string, format: string) =>
    name in TEXT_VALUES && format in FORMATS ? FORMATS[format as FormatName](TEXT_VALUES[name as keyof typeof TEXT_VALUES], language) : whole,
  );
}
