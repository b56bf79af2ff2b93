/** Organisation names are names, not prose: the readability check leaves them out. */
import { ALL_ORGANISATIONS } from '../../src/organisations/data';

export const ORGANISATION_NAMES: readonly string[] = ALL_ORGANISATIONS.map((o) => o.name).sort((a, b) => b.length - a.length);
