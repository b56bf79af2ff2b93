import type { Organisation } from '../types';

/**
 * Organisations local or national to Northern Ireland. Every contact detail was read from a stored copy
 * of the organisation's own page or an official page (Department of Justice NI, HSC trusts), not checked
 * live. Researched 2026-11-23. Re-check every number on the live site before publishing.
 */
export const NORTHERN_IRELAND_ORGANISATIONS: Organisation[] = [
  {
    id: 'law-centre-ni',
    name: 'Law Centre (NI)',
    website: {
      url: 'https://www.lawcentreni.org',
      source: {
        url: 'https://www.lawcentreni.org/policy-advocacy/migrant-health-and-social-care',
        date: 'undated',
        words: 'Migrant health and social care … Briefing: Accessing healthcare for migrants in Northern Ireland …',
      },
    },
    regions: ['northern-ireland'],
    needs: ['local-support', 'immigration-law', 'healthcare-access', 'casework'],
    kind: 'service',
    phones: [
      {
        display: '028 9024 4401',
        tel: '+442890244401',
        purpose: 'advice',
        source: {
          url: 'https://www.lawcentreni.org/policy-advocacy/migrant-health-and-social-care',
          date: 'undated',
          words: 'Advice Line: 028 9024 4401 Migrant health and social care',
        },
      },
    ],
    fromToolkit: false,
  },
  {
    id: 'ni-domestic-sexual-abuse-helpline',
    name: 'Domestic and Sexual Abuse Helpline (Northern Ireland)',
    website: {
      url: 'https://dsahelpline.org',
      source: {
        url: 'https://dsahelpline.org/feed/',
        date: '2025-01-03',
        words: 'The Domestic and Sexual Abuse (DSA) Helpline, hosted by Nexus',
      },
    },
    regions: ['northern-ireland'],
    needs: ['domestic-abuse', 'sexual-violence'],
    kind: 'service',
    phones: [
      {
        display: '0808 802 1414',
        tel: '+448088021414',
        purpose: 'advice',
        free: true,
        hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }],
        source: {
          url: 'https://www.justice-ni.gov.uk/articles/domestic-and-sexual-abuse',
          date: 'undated',
          words:
            'please contact the 24 hour domestic and sexual abuse helpline on: phone: 0808 802 1414 (Freephone)',
        },
      },
      {
        display: '07797 805839',
        tel: '+447797805839',
        purpose: 'text',
        source: {
          url: 'https://www.justice-ni.gov.uk/articles/domestic-and-sexual-abuse',
          date: 'undated',
          words: "text: 'support' to 07797805839",
        },
      },
    ],
    fromToolkit: false,
  },
  {
    id: 'citizens-advice-belfast',
    name: 'Citizens Advice Belfast',
    website: {
      url: 'https://www.citizensadvicebelfast.com',
      source: {
        url: 'https://www.citizensadvicebelfast.com/terms-and-conditions/',
        date: 'undated',
        words: 'Welcome to our website. … The term ‘Citizens Advice Belfast’ or ‘us’ or ‘we’ refers to the owner of the website …',
      },
    },
    regions: ['northern-ireland'],
    needs: ['debt', 'casework'],
    kind: 'service',
    phones: [
      {
        display: '0300 123 3233',
        tel: '+443001233233',
        purpose: 'advice',
        source: {
          url: 'https://www.citizensadvicebelfast.com/terms-and-conditions/',
          date: 'undated',
          words: 'CALL US NOW 0300 1 233 233',
        },
      },
    ],
    fromToolkit: false,
  },
  {
    id: 'belfast-trust-phone-first',
    name: 'Belfast Health and Social Care Trust – Phone First',
    website: {
      url: 'https://belfasttrust.hscni.net/service/emergency-departments/',
      source: {
        url: 'https://belfasttrust.hscni.net/service/emergency-departments/',
        date: 'undated',
        words: 'Phone First is a service designed to provide you with the right care, first time.',
      },
    },
    regions: ['northern-ireland'],
    needs: ['healthcare-access'],
    kind: 'nhs',
    phones: [
      {
        display: '028 9615 9444',
        tel: '+442896159444',
        purpose: 'advice',
        hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '18:00' }],
        source: {
          url: 'https://belfasttrust.hscni.net/service/emergency-departments/',
          date: 'undated',
          words:
            'If you are have a minor injury, you should Phone First for triage. Please call 028 9615 9444 … Phone First operates between Monday to Friday, 8am-6pm.',
        },
      },
    ],
    fromToolkit: false,
  },
  {
    id: 'womens-aid-abcln',
    name: 'Women’s Aid ABCLN',
    website: {
      url: 'https://womens-aid.org.uk',
      source: {
        url: 'https://womens-aid.org.uk/info/emergency-accommodation/',
        date: 'undated',
        words: 'A refuge is a safe place where women and children who want to escape domestic abuse can stay. … We have a Refuge and Self Contained Apartments in Ballymena.',
      },
    },
    regions: ['northern-ireland'],
    needs: ['domestic-abuse'],
    kind: 'service',
    phones: [
      {
        display: '028 2563 2136',
        tel: '+442825632136',
        purpose: 'advice',
        source: {
          url: 'https://womens-aid.org.uk/info/emergency-accommodation/',
          date: 'undated',
          words:
            'You can refer yourself to our refuge directly by contacting Women’s Aid ABCLN on 02825632136 during office hours',
        },
      },
    ],
    fromToolkit: false,
  },
];
