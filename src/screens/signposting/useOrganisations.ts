import { useEffect, useState } from 'react';
import { loadedOrganisations, loadOrganisations } from '../../organisations/load';
import type { Organisation } from '../../organisations/types';

/** The organisation records, or undefined for the moment it takes to load them the first time. */
export function useOrganisations(): readonly Organisation[] | undefined {
  const [list, setList] = useState(loadedOrganisations);
  useEffect(() => {
    if (list) return;
    let live = true;
    loadOrganisations().then((l) => live && setList(l), () => undefined);
    return () => {
      live = false;
    };
  }, [list]);
  return list;
}
