import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { textsFailed, TextsUnavailableError } from '../i18n/init';

/**
 * Draws its children only when their texts could be fetched; otherwise it hands the problem to
 * the nearest error boundary, which says so, instead of showing text keys to the person.
 */
export function NeedsTexts({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  // Asks for any namespace not here yet, and draws again once it has arrived or failed.
  const { i18n, ready } = useTranslation([...namespaces]);
  if (textsFailed(i18n.language, namespaces)) throw new TextsUnavailableError();
  // Nothing rather than text keys, for the moment a page's texts take to arrive.
  return ready ? children : null;
}
