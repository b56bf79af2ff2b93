import type { Day, Organisation } from '../types';

/**
 * Organisations whose work spans more than England: the whole UK, or England and Wales.
 * Every contact detail was read from a stored copy of the organisation's own page or an official
 * page, with that page's own date. Nothing here has been checked against the live sites.
 * Toolkit organisations with no sourced contact are kept with their website only.
 */

const EVERY_DAY: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export const UK_ORGANISATIONS: Organisation[] = [
  {
    id: 'doctors-of-the-world',
    name: 'Doctors of the World UK',
    website: {
      url: 'https://www.doctorsoftheworld.org.uk/',
      source: {
        url: 'https://www.doctorsoftheworld.org.uk/our-work/uk/our-uk-clinics/',
        date: 'undated',
        words:
          'Our services include our clinic, adviceline and outreach work offering primary care and health and social advice … for excluded people such as asylum seekers, undocumented migrants…',
      },
    },
    regions: 'uk',
    needs: ['healthcare-access', 'maternity', 'debt', 'casework'],
    kind: 'service',
    // Its own pages name an "adviceline" without the number. The number comes from InformationNOW,
    // Newcastle City Council's information directory; swvg-refugees.org.uk gives the same number
    // and hours. No phone was seen on the organisation's own pages.
    phones: [
      {
        display: '0808 1647 686',
        tel: '+448081647686',
        purpose: 'advice',
        hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '10:00', to: '12:00' }],
        source: {
          url: 'https://www.informationnow.org.uk/organisation/doctors-of-the-world-uk/',
          date: 'undated',
          words:
            'The DOTW advice line offers free and confidential support on these topics, whatever your immigration status and wherever you live in the UK. … Helpline: 0808 1647 686 … The advice line is open 10am to 12 midday, Monday to Friday.',
        },
      },
    ],
    free: {
      value: true,
      source: {
        url: 'https://www.informationnow.org.uk/organisation/doctors-of-the-world-uk/',
        date: 'undated',
        words: 'The DOTW advice line offers free and confidential support on these topics, whatever your immigration status and wherever you live in the UK.',
      },
    },
    languages: {
      interpreters: true,
      source: {
        url: 'https://www.informationnow.org.uk/organisation/doctors-of-the-world-uk/',
        date: 'undated',
        words: 'We provide a translation service for people who do not speak English.',
      },
    },
    fromToolkit: true,
  },
  {
    id: 'maternity-action',
    name: 'Maternity Action',
    website: {
      url: 'https://maternityaction.eaction.org.uk/maternitycharging',
      source: {
        url: 'https://maternityaction.eaction.org.uk/maternitycharging',
        date: 'undated',
        words:
          "Maternity Action is seeking changes in the practice of NHS Trusts to reduce the negative impact of charging on migrant women's access to maternity care. … Get free advice",
      },
    },
    regions: 'uk',
    needs: ['maternity', 'healthcare-access', 'casework', 'campaign'],
    kind: 'service',
    serves: 'pregnant',
    free: {
      value: true,
      source: {
        url: 'https://maternityaction.eaction.org.uk/maternitycharging',
        date: 'undated',
        words: 'Get free advice',
      },
    },
    // The advice line number was not seen on any own or official page (see the report).
    fromToolkit: true,
  },
  {
    id: 'medical-justice',
    name: 'Medical Justice',
    website: {
      url: 'https://medicaljustice.org.uk/',
      source: {
        url: 'https://medicaljustice.org.uk/volunteering/doctor/',
        date: 'undated',
        words: '… Dungavel IRC near Strathaven in Scotland … some people detained in prisons under immigration powers',
      },
    },
    regions: 'uk',
    needs: ['detention', 'casework'],
    kind: 'service',
    serves: 'detained',
    phones: [
      {
        display: '020 7561 7498',
        tel: '+442075617498',
        purpose: 'referral',
        source: {
          url: 'http://www.medicaljustice.org.uk/help-and-referrals/make-an-online-referral/',
          date: 'undated',
          words: 'If you would like advice about making a referral, you can ring on: 0207 561 7498',
        },
      },
    ],
    web: [
      {
        url: 'https://refer-mj.caseworkerconnectonline.org/Default.aspx',
        kind: 'form',
        source: {
          url: 'https://refer-mj.caseworkerconnectonline.org/Default.aspx',
          date: 'undated',
          words:
            'Medical Justice Online Referral … Referrals are accepted from people in detention themselves, their legal representatives, family members, volunteer visitors, medical professionals and organisations supporting the detainee.',
        },
      },
    ],
    fromToolkit: true,
  },
  {
    id: 'stepchange',
    name: 'StepChange Debt Charity',
    website: {
      url: 'https://www.stepchange.org/',
      source: {
        url: 'https://www.stepchange.org/debt-info/debt-collection/phone-calls-about-debt.aspx',
        date: 'undated',
        words: 'Worried about money? We can help. Use our free online debt advice tool.',
      },
    },
    regions: 'uk',
    needs: ['debt'],
    kind: 'service',
    phones: [
      {
        display: '0800 138 1111',
        tel: '+448001381111',
        purpose: 'advice',
        free: true,
        source: {
          url: 'https://www.stepchange.org/debt-info/debt-collection/phone-calls-about-debt.aspx',
          date: 'undated',
          words: 'Our phone number is 0 8 0 0 1 3 8 1 1 1 1. Freephone (including all mobiles).',
        },
      },
    ],
    free: {
      value: true,
      source: {
        url: 'https://www.stepchange.org/debt-info/debt-collection/phone-calls-about-debt.aspx',
        date: 'undated',
        words: 'Worried about money? We can help. Use our free online debt advice tool.',
      },
    },
    fromToolkit: true,
  },
  {
    id: 'docs-not-cops',
    name: 'Docs Not Cops',
    website: {
      url: 'http://www.docsnotcops.co.uk/',
      source: {
        url: 'http://www.docsnotcops.co.uk/about/',
        date: 'undated',
        words:
          'Docs Not Cops is a campaign group of NHS professionals and patients who believe health is a right and not a privilege.',
      },
    },
    regions: 'uk',
    needs: ['campaign'],
    kind: 'campaign',
    // The email on its own pages was blanked in the stored copy (see the report).
    emails: [
      {
        address: 'docsnotcops@gmail.com',
        source: {
          url: 'https://patientsnotpassports.co.uk/',
          date: 'undated',
          words:
            'Signposting guide, Patients Not Passports toolkit: "There are groups in Birmingham, Brighton, Glasgow, Wales, and London. If you want to join a group, or start one where you are, then email DocsNotCops [at] gmail [dot] com."',
        },
      },
    ],
    fromToolkit: true,
  },
  {
    id: 'medact',
    name: 'Medact',
    website: {
      url: 'https://www.medact.org/',
      source: {
        url: 'https://www.medact.org/about/mission/',
        date: 'undated',
        words:
          "Medact's aim is to encourage and enable the health community to be effective and progressive social change agents. … We work mainly in the UK",
      },
    },
    regions: 'uk',
    needs: ['campaign'],
    kind: 'campaign',
    fromToolkit: true,
  },
  {
    id: 'migrants-organise',
    name: 'Migrants Organise',
    website: {
      url: 'https://www.migrantsorganise.org/',
      source: {
        url: 'https://www.migrantsorganise.org/our-2023-round-up/',
        date: 'undated',
        words:
          'Through our Community Programme, we currently provide support, advice, training and mentoring to 700 individuals and their families each year',
      },
    },
    regions: 'uk',
    needs: ['campaign', 'casework'],
    kind: 'campaign',
    // The only contact seen (2020) names a staff member and said referrals were closed: not used.
    fromToolkit: true,
  },
  {
    id: 'jcwi',
    name: 'Joint Council for the Welfare of Immigrants (JCWI)',
    website: {
      url: 'https://www.jcwi.org.uk/',
      source: {
        url: 'https://www.jcwi.org.uk/our-story',
        date: 'undated',
        words: "we've been providing much-needed legal and advice services to the people who need them most",
      },
    },
    regions: 'uk',
    needs: ['immigration-law', 'campaign'],
    kind: 'service',
    // No public helpline was seen on jcwi.org.uk (see the report).
    fromToolkit: true,
  },
  {
    id: 'migrant-help',
    name: 'Migrant Help',
    website: {
      url: 'https://www.migranthelpuk.org/',
      source: {
        url: 'https://www.migranthelpuk.org/news/asylum-services-update-november2022',
        date: '2022-11-10',
        words:
          'Migrant Help is a charity … with support for people seeking asylum, refugees and survivors of human trafficking and modern slavery … our free 24/7 helpline',
      },
    },
    regions: 'uk',
    needs: ['asylum-support'],
    kind: 'service',
    serves: 'asylum',
    phones: [
      {
        display: '0808 801 0503',
        tel: '+448088010503',
        purpose: 'advice',
        hours: [{ days: EVERY_DAY }],
        free: true,
        source: {
          url: 'https://nidirect.gov.uk/articles/asylum-seekers-and-refugees-refugee-and-asylum-orientation',
          date: 'undated',
          words:
            'There is a free asylum helpline which is open 24 hours a day all year round. The number is: 0808 8010 503',
        },
      },
    ],
    free: {
      value: true,
      source: {
        url: 'https://www.migranthelpuk.org/news/asylum-services-update-november2022',
        date: '2022-11-10',
        words: 'answered 529,622 calls to our free 24/7 helpline',
      },
    },
    fromToolkit: false,
  },
  {
    id: 'modern-slavery-helpline',
    name: 'Modern Slavery & Exploitation Helpline (Unseen)',
    website: {
      url: 'https://www.modernslaveryhelpline.org/',
      source: {
        url: 'http://www.Modernslaveryhelpline.org',
        date: 'undated',
        words: 'call the uk modern slavery & exploitation helpline on 08000 121 700',
      },
    },
    regions: 'uk',
    needs: ['modern-slavery'],
    kind: 'service',
    phones: [
      {
        display: '0800 012 1700',
        tel: '+448000121700',
        purpose: 'advice',
        source: {
          url: 'http://www.Modernslaveryhelpline.org',
          date: 'undated',
          words: 'call the uk modern slavery & exploitation helpline on 08000 121 700',
        },
      },
    ],
    free: {
      value: true,
      source: {
        url: 'https://www.unseenuk.org/faqs-potential-victims/',
        date: 'undated',
        words: 'free, confidential, and available 365 days a year',
      },
    },
    languages: {
      interpreters: true,
      source: {
        url: 'https://www.unseenuk.org/blog/i-work-on-the-modern-slavery-helpline-and-this-is-what-i-hear',
        date: '2019-09-19',
        words: 'available in over 200 languages',
      },
    },
    fromToolkit: false,
  },
  {
    id: 'salvation-army-modern-slavery',
    name: 'The Salvation Army – modern slavery Referral Helpline',
    website: {
      url: 'https://www.salvationarmy.org.uk/modern-slavery/supporting-survivors',
      source: {
        url: 'https://www.salvationarmy.org.uk/modern-slavery/supporting-survivors',
        date: 'undated',
        words: 'The Salvation Army provides specialist support for all survivors of modern slavery in England and Wales.',
      },
    },
    regions: ['london', 'west-midlands', 'bristol', 'england-other', 'wales'],
    needs: ['modern-slavery'],
    kind: 'service',
    phones: [
      {
        display: '0800 808 3733',
        tel: '+448008083733',
        purpose: 'referral',
        hours: [{ days: EVERY_DAY }],
        source: {
          url: 'https://www.salvationarmy.org.uk/modern-slavery/supporting-survivors',
          date: 'undated',
          words: 'Our confidential Referral Helpline 0800 808 3733 is available 24/7',
        },
      },
    ],
    fromToolkit: false,
  },
  {
    id: 'rape-crisis-england-wales',
    name: 'Rape Crisis England & Wales – 24/7 Rape and Sexual Abuse Support Line',
    website: {
      url: 'https://247sexualabusesupport.org.uk/',
      source: {
        url: 'https://247sexualabusesupport.org.uk/faqs/?utm_source=rapecrisis.org.uk&utm_medium=want+to+talk+page&utm_campaign=support+line+website&utm_content=text+card+group',
        date: 'undated',
        words: 'Run by the national charity Rape Crisis England & Wales, the Support Line is staffed around the clock…',
      },
    },
    regions: ['london', 'west-midlands', 'bristol', 'england-other', 'wales'],
    needs: ['sexual-violence'],
    kind: 'service',
    // The phone number was not shown on the own page seen; only the online chat is recorded.
    web: [
      {
        url: 'https://247sexualabusesupport.org.uk/',
        kind: 'chat',
        source: {
          url: 'https://247sexualabusesupport.org.uk/faqs/?utm_source=rapecrisis.org.uk&utm_medium=want+to+talk+page&utm_campaign=support+line+website&utm_content=text+card+group',
          date: 'undated',
          words:
            'The Support Line is a free phone and online chat service for anyone aged 16+ in England and Wales … We are open 24 hours a day, every day of the year.',
        },
      },
    ],
    free: {
      value: true,
      source: {
        url: 'https://247sexualabusesupport.org.uk/faqs/?utm_source=rapecrisis.org.uk&utm_medium=want+to+talk+page&utm_campaign=support+line+website&utm_content=text+card+group',
        date: 'undated',
        words: 'The Support Line is a free phone and online chat service',
      },
    },
    fromToolkit: false,
  },
];
