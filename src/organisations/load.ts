/**
 * The organisation records are large (every detail carries its source), so they load after the
 * first page, once, when a screen first needs them.
 */
import type { Organisation } from './types';

let loaded: readonly Organisation[] | undefined;
let pending: Promise<readonly Organisation[]> | undefined;

export function loadedOrganisations(): readonly Organisation[] | undefined {
  return loaded;
}

export function loadOrganisations(): Promise<readonly Organisation[]> {
  pending ??= import('./data').then((m) => (loaded = m.ORGANISATIONS));
  return pending;
}
