/**
 * The organisations the signposting page can show, from the campaign toolkit's signposting and
 * advocacy guides. What each does is text in locales/<lang>/organisations.json under its id.
 * Only web addresses are kept: other contact details change too often.
 */

export type Region =
  | 'london'
  | 'west-midlands'
  | 'bristol'
  | 'england-other'
  | 'scotland'
  | 'wales'
  | 'northern-ireland';

export type Need =
  | 'healthcare-access'
  | 'maternity'
  | 'detention'
  | 'debt'
  | 'asylum-legal'
  | 'immigration-law'
  | 'casework'
  | 'campaign';

export interface Organisation {
  id: string;
  name: string;
  url: string;
  /** Where it works: a list of regions, or the whole UK. */
  regions: Region[] | 'uk';
  needs: Need[];
  /** When the web address was last checked. */
  lastChecked: string;
}

const CHECKED = '2026-11-23';

export const ORGANISATIONS: readonly Organisation[] = [
  { id: 'doctors-of-the-world', name: 'Doctors of the World', url: 'https://www.doctorsoftheworld.org.uk/', regions: 'uk', needs: ['healthcare-access', 'debt'], lastChecked: CHECKED },
  { id: 'praxis', name: 'Praxis', url: 'https://www.praxis.org.uk/', regions: ['london'], needs: ['healthcare-access', 'immigration-law'], lastChecked: CHECKED },
  { id: 'asirt', name: 'ASIRT (Asylum Support and Immigration Resource Team)', url: 'https://asirt.org.uk/', regions: ['west-midlands'], needs: ['asylum-legal', 'immigration-law'], lastChecked: CHECKED },
  { id: 'maternity-action', name: 'Maternity Action', url: 'https://www.maternityaction.org.uk/', regions: 'uk', needs: ['maternity'], lastChecked: CHECKED },
  { id: 'bristol-refugee-rights', name: 'Bristol Refugee Rights', url: 'https://www.bristolrefugeerights.org/', regions: ['bristol'], needs: ['healthcare-access', 'immigration-law'], lastChecked: CHECKED },
  { id: 'medical-justice', name: 'Medical Justice', url: 'https://www.medicaljustice.org.uk/', regions: 'uk', needs: ['detention'], lastChecked: CHECKED },
  { id: 'stepchange', name: 'StepChange Debt Charity', url: 'https://www.stepchange.org/', regions: 'uk', needs: ['debt'], lastChecked: CHECKED },
  { id: 'lcap', name: 'London Coalition Against Poverty', url: 'https://lcap.org.uk/', regions: ['london'], needs: ['casework'], lastChecked: CHECKED },
  { id: 'docs-not-cops', name: 'Docs Not Cops', url: 'https://www.docsnotcops.co.uk/', regions: 'uk', needs: ['campaign', 'casework'], lastChecked: CHECKED },
  { id: 'medact', name: 'Medact', url: 'https://www.medact.org/', regions: 'uk', needs: ['campaign'], lastChecked: CHECKED },
  { id: 'migrants-organise', name: 'Migrants Organise', url: 'https://www.migrantsorganise.org/', regions: 'uk', needs: ['campaign'], lastChecked: CHECKED },
  { id: 'jcwi', name: 'Joint Council for the Welfare of Immigrants (JCWI)', url: 'https://www.jcwi.org.uk/', regions: 'uk', needs: ['immigration-law', 'campaign'], lastChecked: CHECKED },
  { id: 'bristol-care-workers-network', name: 'Bristol Care Workers Network', url: 'https://bristolcareworkersnetwork.org/', regions: ['bristol'], needs: ['campaign'], lastChecked: CHECKED },
];
