import type { Organisation } from '../types';

/**
 * Organisations local or national to Scotland. Every contact detail was read from a stored copy of the
 * organisation's own page or an official page (NHS, gov.scot, Police Scotland), not checked live.
 * Researched 2026-11-23. Re-check every number on the live site before publishing.
 */
export const SCOTLAND_ORGANISATIONS: Organisation[] = [
  {
    id: 'nhs-24',
    name: 'NHS 24 (111)',
    website: {
      url: 'https://www.nhs24.scot',
      source: {
        url: 'https://www.nhs24.scot/important-information-about-the-111-service',
        date: 'undated',
        words: 'Important information about the 111 service … If you have telephoned NHS 24 …',
      },
    },
    regions: ['scotland'],
    needs: ['healthcare-access'],
    kind: 'nhs',
    phones: [
      {
        display: '111',
        tel: '111',
        purpose: 'advice',
        free: true,
        hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }],
        source: {
          url: 'https://services.nhslothian.scot/rightcare/emergencies',
          date: 'undated',
          words:
            'NHS 24 – CALL 111 … call 111 first, day or night, all year round. … Call NHS 24 free on 111 for: … For immediate advice when your GP surgery or dentist is closed and you are too ill to wait',
        },
      },
      {
        display: '18001 111',
        tel: '18001111',
        purpose: 'advice',
        source: {
          url: 'https://services.nhslothian.scot/rightcare/emergencies',
          date: 'undated',
          words: 'You can also access NHS 24 and 111: - Via textphone by calling 18001 111',
        },
      },
    ],
    fromToolkit: false,
  },
  {
    id: 'scottish-refugee-council',
    name: 'Scottish Refugee Council',
    website: {
      url: 'https://www.scottishrefugeecouncil.org.uk',
      source: {
        url: 'https://scottishrefugeecouncil.org.uk/helping-refugees-rebuild-their-lives',
        date: 'undated',
        words:
          'We provide new refugees with move-on advice and support to help with everything from housing, healthcare and education …',
      },
    },
    regions: ['scotland'],
    needs: ['local-support', 'asylum-support', 'casework'],
    serves: 'asylum',
    kind: 'service',
    phones: [
      {
        display: '0141 223 7979',
        tel: '+441412237979',
        purpose: 'advice',
        source: {
          url: 'https://www.scottishrefugeecouncil.org.uk/covid-19/',
          date: 'undated',
          words:
            'During the Covid-19 crisis we are running our services via phone and video link. Please call 0141 223 7979 to make an appointment.',
        },
      },
    ],
    fromToolkit: false,
  },
  {
    id: 'tara-scotland',
    name: 'Trafficking Awareness Raising Alliance (TARA)',
    website: {
      url: 'https://www.gov.scot/publications/human-trafficking-exploitation-health-workers-need-know/pages/14/',
      source: {
        url: 'https://www.gov.scot/publications/human-trafficking-exploitation-health-workers-need-know/pages/14/',
        date: 'undated',
        words:
          'Trafficking Awareness Raising Alliance (TARA) Funded by the Scottish Government, TARA provides an assessment and support service to women over the age of 18 years who have been trafficked for commercial sexual exploitation into and across Scotland.',
      },
    },
    regions: ['scotland'],
    needs: ['modern-slavery'],
    kind: 'service',
    phones: [
      {
        display: '0141 276 7724',
        tel: '+441412767724',
        purpose: 'referral',
        source: {
          url: 'https://www.gov.scot/publications/human-trafficking-exploitation-health-workers-need-know/pages/14/',
          date: 'undated',
          words:
            'TARA are based in Glasgow but provide a Scotland-wide service and is a named First Responder for the National Referral Mechanism. TARA can provide advice, guidance and additional information for partner agencies. Tel: 0141 276 7724',
        },
      },
    ],
    fromToolkit: false,
  },
  {
    id: 'scotland-domestic-abuse-forced-marriage-helpline',
    name: "Scotland's Domestic Abuse and Forced Marriage Helpline",
    website: {
      url: 'https://gov.scot/news/domestic-abuse-and-forced-marriage-helpline',
      source: {
        url: 'https://gov.scot/news/domestic-abuse-and-forced-marriage-helpline',
        date: 'undated',
        words:
          'Domestic Abuse and Forced Marriage Helpline Scottish Women’s Aid awarded contract. … “We want anyone experiencing domestic abuse or feeling trapped into an unwanted marriage to have somewhere to turn to for help and advice.”',
      },
    },
    regions: ['scotland'],
    needs: ['domestic-abuse'],
    kind: 'service',
    phones: [
      {
        display: '0800 027 1234',
        tel: '+448000271234',
        purpose: 'advice',
        hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }],
        source: {
          url: 'https://scotland.police.uk/advice-and-information/domestic-abuse/what-can-i-do-if-this-is-happening-to-me',
          date: 'undated',
          words:
            'Contact Scotland’s Domestic Abuse and Forced Marriage Helpline on 0800 027 1234. You can get support 24/7.',
        },
      },
    ],
    fromToolkit: false,
  },
  {
    id: 'rape-crisis-scotland',
    name: 'Rape Crisis Scotland',
    website: {
      url: 'https://www.rapecrisisscotland.org.uk',
      source: {
        url: 'https://rapecrisisscotland.org.uk/helpline-confidentiality',
        date: '2022-12',
        words: 'Our Helpline Confidentiality Policy Updated December 2022 …',
      },
    },
    regions: ['scotland'],
    needs: ['sexual-violence'],
    kind: 'service',
    phones: [
      {
        display: '0808 801 0302',
        tel: '+448088010302',
        purpose: 'advice',
        free: true,
        source: {
          url: 'https://www.rapecrisisscotland.org.uk/blogs/blog/tag/Rape/',
          date: 'undated',
          words: '08088 01 03 02 Phone the free Rape Crisis Scotland Helpline',
        },
      },
    ],
    free: {
      value: true,
      source: {
        url: 'https://rapecrisisscotland.org.uk/helpline-confidentiality',
        date: '2022-12',
        words: 'Support from the Rape Crisis Scotland Helpline is free and confidential.',
      },
    },
    fromToolkit: false,
  },
];
