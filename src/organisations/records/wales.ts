import type { Organisation } from '../types';

/**
 * Organisations local or national to Wales. Every contact detail was read from a stored copy of the
 * organisation's own page or an official page (NHS Wales, gov.wales), not checked live.
 * Researched 2026-11-23. Re-check every number on the live site before publishing.
 */
export const WALES_ORGANISATIONS: Organisation[] = [
  {
    id: 'nhs-111-wales',
    name: 'NHS 111 Wales',
    website: {
      url: 'https://111.wales.nhs.uk',
      source: {
        url: 'https://111.wales.nhs.uk/localservices/informationinotherlanguages/LSInfoOtherLanguagePage18/',
        date: 'undated',
        words: 'More information can be found on NHS 111 Wales website. … NHS 111 Wales Urgent health concerns that cannot wait.',
      },
    },
    regions: ['wales'],
    needs: ['healthcare-access'],
    kind: 'nhs',
    phones: [
      {
        display: '111',
        tel: '111',
        purpose: 'advice',
        hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }],
        source: {
          url: 'http://www.nhsdirect.wales.nhs.uk/encyclopaedia/o/article/outofhoursservices',
          date: 'undated',
          words:
            'Outside normal surgery hours you can call NHS 111 Wales. … NHS 111 Wales is available 24 hours a day, seven days a week for medical advice across all of Wales.',
        },
      },
    ],
    fromToolkit: false,
  },
  {
    id: 'live-fear-free',
    name: 'Live Fear Free Helpline',
    website: {
      url: 'https://www.gov.wales/live-fear-free',
      source: {
        url: 'https://www.gov.wales/live-fear-free/sexual-violence',
        date: 'undated',
        words:
          'Live Fear Free can provide help and advice to: anyone experiencing sexual violence; anyone who knows someone who needs help …',
      },
    },
    regions: ['wales'],
    needs: ['domestic-abuse', 'sexual-violence'],
    kind: 'service',
    phones: [
      {
        display: '0808 801 0800',
        tel: '+448088010800',
        purpose: 'advice',
        hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }],
        source: {
          url: 'https://www.gov.wales/live-fear-free/sexual-violence',
          date: 'undated',
          words: 'Call: 0808 80 10 800 Available 24 hours a day 7 days a week.',
        },
      },
      {
        display: '07860 077333',
        tel: '+447860077333',
        purpose: 'text',
        hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }],
        source: {
          url: 'https://www.gov.wales/live-fear-free/sexual-violence',
          date: 'undated',
          words: 'Text: 07860077333 Available 24 hours a day 7 days a week.',
        },
      },
    ],
    free: {
      value: true,
      source: {
        url: 'https://www.welshwomensaid.org.uk/2020/10/circuit-breaker-lockdown-wales/',
        date: '2020-10',
        words:
          'The Welsh Government funded Live Fear Free helpline is available 24/7, offering free confidential support and advice to survivors and concerned others.',
      },
    },
    languages: {
      interpreters: true,
      list: ['en', 'cy'],
      source: {
        url: 'https://welshwomensaid.org.uk/cy/news/assistant-chief-constable-sara-millar-visits-live-fear-free-helpline/',
        date: 'undated',
        words:
          'They are bilingual in the language of English and Welsh, and there are interpreters available for those people who have a first language that is not English or Welsh.',
      },
    },
    fromToolkit: false,
  },
  {
    id: 'citizens-advice-swansea-neath-port-talbot',
    name: 'Swansea Neath Port Talbot Citizens Advice',
    website: {
      url: 'http://www.swanseaneathporttalbotcab.org.uk',
      source: {
        url: 'http://www.swanseaneathporttalbotcab.org.uk/about-the-cab/frequently-asked-questions/',
        date: 'undated',
        words: 'Frequently Asked Questions … We don’t judge – don’t tell – and don’t charge.',
      },
    },
    regions: ['wales'],
    needs: ['debt', 'casework'],
    kind: 'service',
    phones: [
      {
        display: '0344 477 2020',
        tel: '+443444772020',
        purpose: 'advice',
        hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '10:00', to: '16:00' }],
        source: {
          url: 'http://www.swanseaneathporttalbotcab.org.uk/about-the-cab/frequently-asked-questions/',
          date: 'undated',
          words:
            'You can contact the Advice Line on 03444 77 20 20 between the hours of 10am – 4pm Monday to Friday … the bureau local to where you live/work will contact you within 48 working hours',
        },
      },
    ],
    free: {
      value: true,
      source: {
        url: 'http://www.swanseaneathporttalbotcab.org.uk/about-the-cab/frequently-asked-questions/',
        date: 'undated',
        words: 'We don’t judge – don’t tell – and don’t charge.',
      },
    },
    languages: {
      interpreters: true,
      source: {
        url: 'http://www.swanseaneathporttalbotcab.org.uk/about-the-cab/frequently-asked-questions/',
        date: 'undated',
        words:
          'we have members of staff who can speak some of the languages spoken locally. We also use a direct telephone line to a translation service',
      },
    },
    fromToolkit: false,
  },
  {
    id: 'oasis-cardiff',
    name: 'Oasis Cardiff',
    website: {
      url: 'https://www.oasiscardiff.org',
      source: {
        url: 'https://www.oasiscardiff.org/our-history-1',
        date: 'undated',
        words: 'Oasis Cardiff started in a small church room with 3 volunteers … in 2008.',
      },
    },
    regions: ['wales'],
    needs: ['local-support', 'asylum-support'],
    serves: 'asylum',
    kind: 'service',
    walkIns: [
      {
        address: 'Splott Road, Cardiff',
        source: {
          url: 'https://www.oasiscardiff.org/our-history-1',
          date: 'undated',
          words:
            'we now have our own space on Splott Road, which is now one of the biggest refugee and asylum seeker support centres in the UK.',
        },
      },
    ],
    fromToolkit: false,
  },
];
