/** Organisation names are names, not prose: the readability check leaves them out. */
import { ORGANISATIONS } from '../../src/organisations/data';

export const ORGANISATION_NAMES: readonly string[] = [...ORGANISATIONS.map((o) => o.name)].sort((a, b) => b.length - a.length);
