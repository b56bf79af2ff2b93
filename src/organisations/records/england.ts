import type { Day, Organisation } from '../types';

/**
 * Organisations working only in England (London, the West Midlands, Bristol, the rest of England).
 * Every contact detail was read from a stored copy of the organisation's own page or an official
 * page (NHS, local councils), with that page's own date. Nothing here has been checked against the
 * live sites. Toolkit organisations with no usable contact are kept with their website only.
 */

const EVERY_DAY: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export const ENGLAND_ORGANISATIONS: Organisation[] = [
  // ── Toolkit organisations ─────────────────────────────────────────────────────────────────
  {
    id: 'praxis',
    name: 'Praxis',
    website: {
      url: 'https://www.praxis.org.uk/',
      source: {
        url: 'https://praxis.org.uk/40-years',
        date: 'undated',
        words:
          '… the promotion of human rights, equal opportunities, and economic empowerment of people who have migrated and their families',
      },
    },
    regions: ['london'],
    needs: ['local-support', 'immigration-law', 'asylum-support', 'casework'],
    kind: 'service',
    // The only contacts seen are from a 2017 advice timetable: left out as stale (see the report).
    fromToolkit: true,
  },
  {
    id: 'asirt',
    name: 'ASIRT (Asylum Support and Immigration Resource Team)',
    website: {
      url: 'http://www.asirt.org.uk/',
      source: {
        url: 'http://www.asirt.org.uk/',
        date: 'undated',
        words: 'Asylum Support and Immigration Resource Team',
      },
    },
    regions: ['west-midlands'],
    needs: ['asylum-legal', 'immigration-law', 'casework'],
    kind: 'service',
    withheld: {
      reason: 'reported-closed',
      source: {
        url: 'https://www.uvwunion.org.uk/en/press-releases/2022/11/save-asirt-asylum-seeker-legal-support-charity-threatened-with-closure/',
        date: '2022-11-08',
        words:
          'A charity which offers free legal advice to asylum seekers and people subject to immigration control in Birmingham and the West Midlands is set to close …',
      },
    },
    fromToolkit: true,
  },
  {
    id: 'bristol-refugee-rights',
    name: 'Bristol Refugee Rights',
    website: {
      url: 'https://www.bristolrefugeerights.org/',
      source: {
        url: 'https://www.bristolrefugeerights.org/author/richard/',
        date: 'undated',
        words:
          'members can go to the advice drop-in on Wednesdays and to the socialising drop-in on Thursdays',
      },
    },
    regions: ['bristol'],
    needs: ['local-support', 'asylum-support', 'casework'],
    kind: 'service',
    walkIns: [
      {
        // The page names the venue of the Thursday social drop-in only; no street address or times.
        address: 'Wellspring Settlement',
        source: {
          url: 'https://www.bristolrefugeerights.org/author/richard/',
          date: 'undated',
          words: "It's a busy Thursday at BRR, the social drop-in is taking place at Wellspring Settlement.",
        },
      },
    ],
    fromToolkit: true,
  },
  {
    id: 'lcap',
    name: 'London Coalition Against Poverty',
    website: {
      url: 'http://www.lcap.org.uk/',
      source: {
        url: 'http://web.archive.org./web/20200926162150/http://lcap.org.uk',
        date: '2015-07-01',
        words:
          'a coalition of local groups who meet to provide support with housing and benefit issues … and take collective action on the issues we face',
      },
    },
    regions: ['london'],
    needs: ['casework', 'campaign'],
    kind: 'campaign',
    // The only phone and email seen are from 2010: left out as stale (see the report).
    fromToolkit: true,
  },
  {
    id: 'bristol-care-workers-network',
    name: 'Bristol Care Workers Network',
    website: {
      url: 'https://bristolcareworkersnetwork.org/',
      source: {
        url: 'https://bristolcareworkersnetwork.org/about-us/',
        date: 'undated',
        words: 'a group of healthcare and social care workers in the Bristol area',
      },
    },
    regions: ['bristol'],
    needs: ['campaign'],
    kind: 'campaign',
    // The email on its own page was blanked in the stored copy (see the report).
    fromToolkit: true,
  },

  // ── West Midlands ─────────────────────────────────────────────────────────────────────────
  {
    id: 'refugee-and-migrant-centre',
    name: 'Refugee and Migrant Centre (RMC)',
    website: {
      url: 'https://rmcentre.org.uk/',
      source: {
        url: 'https://rmcentre.org.uk/history/',
        date: 'undated',
        words:
          'The name was changed to the Refugee and Migrant Centre (RMC), expanding it’s remit to include all migrants … RMC further expanded with the opening of the Birmingham Centre',
      },
    },
    regions: ['west-midlands'],
    needs: ['local-support', 'asylum-support', 'immigration-law', 'casework'],
    kind: 'service',
    phones: [
      {
        display: '0800 066 3444',
        tel: '+448000663444',
        purpose: 'advice',
        source: {
          url: 'https://rmcentre.org.uk/volunteers-week-celebrating-our-fantastic-volunteers-for-all-their-support/',
          date: 'undated',
          words: 'Call us: 0800 0663 444',
        },
      },
    ],
    fromToolkit: false,
  },
  {
    id: 'birmingham-solihull-womens-aid',
    name: "Birmingham and Solihull Women's Aid",
    website: {
      url: 'https://www.bswaid.org/',
      source: {
        url: 'https://www.birmingham.gov.uk/news/article/603/enhanced_support_for_those_suffering_domestic_abuse_is_launched',
        date: '2020-05-01',
        words: 'the charity is also piloting a local webchat service … through www.bswaid.org',
      },
    },
    regions: ['west-midlands'],
    needs: ['domestic-abuse'],
    kind: 'service',
    phones: [
      {
        // The page gives lockdown-era hours (daily 9.15am to 5.15pm); not recorded as current.
        display: '0808 800 0028',
        tel: '+448088000028',
        purpose: 'advice',
        source: {
          url: 'https://www.birmingham.gov.uk/news/article/603/enhanced_support_for_those_suffering_domestic_abuse_is_launched',
          date: '2020-05-01',
          words: "BSWAID extended its helpline's opening hours, so people can contact their specially trained team daily on 0808 800 0028 …",
        },
      },
    ],
    fromToolkit: false,
  },

  // ── England-wide ──────────────────────────────────────────────────────────────────────────
  {
    id: 'nhs-111',
    name: 'NHS 111',
    website: {
      url: 'https://www.nhs.uk/111',
      source: {
        url: 'https://www.thanetccg.nhs.uk/services/nhs-111/',
        date: 'undated',
        words: 'Leaflets explaining how NHS 111 works are available in a number of different languages and in easy read format at www.nhs.uk/111',
      },
    },
    regions: ['london', 'west-midlands', 'bristol', 'england-other'],
    needs: ['healthcare-access'],
    kind: 'nhs',
    phones: [
      {
        display: '111',
        tel: '111',
        purpose: 'advice',
        hours: [{ days: EVERY_DAY }],
        free: true,
        source: {
          url: 'https://www.myhealth.london.nhs.uk/nhs-111',
          date: 'undated',
          words: 'Call 111, free from any phone, 24 hours a day seven days a week, and speak to a highly trained adviser',
        },
      },
      {
        display: '18001 111',
        tel: '18001111',
        purpose: 'advice',
        source: {
          url: 'https://www.myhealth.london.nhs.uk/nhs-111',
          date: 'undated',
          words: 'To access the NHS 111 service via a textphone, call 18001 111.',
        },
      },
    ],
    languages: {
      interpreters: true,
      source: {
        url: 'https://www.myhealth.london.nhs.uk/nhs-111',
        date: 'undated',
        words:
          'If English is not your first language, a confidential interpreter service is available in many languages. Simply call 111 and, when an adviser answers your call, say the language you wish to use.',
      },
    },
    fromToolkit: false,
  },
  {
    id: 'national-domestic-abuse-helpline',
    name: 'National Domestic Abuse Helpline (run by Refuge)',
    website: {
      url: 'https://www.nationaldahelpline.org.uk/',
      source: {
        url: 'https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19',
        date: '2020',
        words: 'visit www.nationaldahelpline.org.uk and fill in an online form, requesting a safe time to be called back',
      },
    },
    // The pages seen do not state the area covered; Scotland, Wales and NI have their own helplines.
    regions: ['london', 'west-midlands', 'bristol', 'england-other'],
    needs: ['domestic-abuse'],
    kind: 'service',
    phones: [
      {
        display: '0808 2000 247',
        tel: '+448082000247',
        purpose: 'advice',
        free: true,
        source: {
          url: 'https://www.refuge.org.uk/category/news/',
          date: 'undated',
          words: 'Freephone 24-Hour National Domestic Abuse Helpline: 0808 2000 247',
        },
      },
    ],
    web: [
      {
        url: 'https://www.nationaldahelpline.org.uk/',
        kind: 'form',
        source: {
          url: 'https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19',
          date: '2020',
          words: 'visit www.nationaldahelpline.org.uk and fill in an online form, requesting a safe time to be called back',
        },
      },
    ],
    fromToolkit: false,
  },
];
