import { byNumbersShown } from '../jurisdictions.js';
import type { FaqContent, Rich } from '../types.js';

// Shared blocks, so the jurisdiction variants below only add to the generic text.

const bookingDetail: Rich = [
  'Many practices offer a short, free call first. It is a chance to ask questions and see how it feels to talk. You do not have to decide anything on that call.',
  'Before the first session, you may get some forms to fill in. If a question feels hard, you can ask about it first.',
];

const costDetail: Rich = [
  'It is fine to ask about the fee for each session, how and when you pay, and if the first call or session costs anything.',
  'If cost is a worry, please tell us. We can talk it through with you, with no pressure.',
];

const confidentialitySuicide =
  'Talking about thoughts of suicide does not by itself mean your information is shared. Most often, you and your therapist make a plan together to help keep you safe.';

const confidentialitySupervision =
  'Therapists also talk about their work with a supervisor. This is a normal part of good care. They usually leave out details that could show who you are.';

const confidentialityAsk = 'Rules differ by place and by profession. Please ask us about our own policy.';

const confidentialityGeneric: Rich = [
  'Your therapist keeps what you share private. But there are a few limits. Your therapist may need to share some information if:',
  {
    list: [
      'Someone is at serious risk of harm',
      'A child or a vulnerable adult may be at risk',
      'A court orders it',
      'The law requires it in some other way',
    ],
  },
  'Where it is safe and allowed, many therapists talk with you first before they share anything.',
  confidentialitySuicide,
  confidentialitySupervision,
  confidentialityAsk,
];

const recordsGeneric: Rich = [
  'Your therapist keeps some notes, such as the dates of your sessions and what you worked on. Only people who need them for your care should see them.',
  'In many places, you can ask to see your records. You can also ask for mistakes to be fixed. In rare cases, some parts may be held back to keep someone safe.',
  'Others, such as an insurer or a court, may see some details only in certain cases. Ask us how we keep your records safe, and for how long.',
];

const doctorGeneric: Rich = [
  'Some people like their therapist and doctor to work together, for example about medicine. Others want to keep them apart. Both are fine.',
  'Your therapist can explain what they would share and why. You can ask what was shared.',
  'The usual limits to privacy still apply. Please ask us about our own policy.',
];

// Only where the page shows this jurisdiction's numbers under the answer: generic shows none.
const crisisShort =
  'If you are in danger now, call your local emergency number or a crisis line. The numbers for where you live are shown below.';

const howManyDetail: Rich = [
  'Some people come for a few sessions to work on one thing. Others come for months or longer. It depends on what you bring, the type of therapy and what you want.',
  'Your therapist may suggest a number of sessions to start with, and then a review. You can ask about this at any time. You can also stop when you choose.',
];

export const faq: FaqContent = {
  title: 'Questions people often ask before starting therapy',
  intro:
    'Starting therapy can bring up a lot of questions. Here are plain answers to the ones we hear most, and you are always welcome to ask us anything else.',
  categories: [
    { id: 'getting-started', label: 'Getting started' },
    { id: 'cost', label: 'Cost and insurance' },
    { id: 'sessions', label: 'Sessions' },
    { id: 'privacy', label: 'Privacy' },
    { id: 'online', label: 'Online therapy' },
    { id: 'feelings-fit', label: 'Feelings and fit' },
  ],
  items: [
    // ------------------------------------------------------------ Getting started
    {
      id: 'booking',
      category: 'getting-started',
      question: 'How do I book a first session?',
      short:
        'You can get in touch with {practice} in the way that suits you best, and we will find a time together.',
      detail: {
        generic: bookingDetail,
        uk: [
          ...bookingDetail,
          'In England, you can also refer yourself to NHS Talking Therapies, which is free. You do not need to see your GP first. The first step is often a talk of about 30 minutes, often by phone. There may be a wait.',
          'In other parts of the UK, services work in different ways. Your GP can tell you what is on offer near you.',
        ],
      },
    },
    {
      id: 'first-session',
      category: 'getting-started',
      question: 'What happens in the first session?',
      short:
        'The first session is mostly a chance to get to know each other, talk about what brings you, and ask anything you like.',
      detail: [
        'Your therapist may explain:',
        {
          list: [
            'Their training, and who they are licensed or registered with',
            'How privacy works, and its limits',
            'The type of therapy they offer',
            'How long and how often sessions are',
            'Fees, and what happens if you miss a session',
          ],
        },
        'There is room for you too. You can share your hopes, your worries and anything that would make sessions easier for you.',
        'It works both ways. You are also deciding if this therapist suits you. You set the pace, and you do not have to share everything.',
      ],
    },
    {
      id: 'what-to-bring',
      category: 'getting-started',
      question: 'What should I bring to my first session?',
      short:
        'You do not need to bring anything, but a few notes can help if you tend to forget things when you feel nervous.',
      detail: [
        'Some things people find useful:',
        {
          list: [
            'Any forms you were asked to fill in',
            'Your questions, written down',
            'A list of any medicines you take',
            'Details of any health plan or insurance you want to use',
            'Water, glasses, or anything that helps you feel at ease',
          ],
        },
        {
          format: 'online',
          block: 'For an online session, a charged device, headphones and a quiet spot can help.',
          both: 'If you meet online, a charged device, headphones and a quiet spot can help.',
        },
        'If you forget something, that is fine. It can wait until next time.',
      ],
    },
    {
      id: 'what-to-say',
      category: 'getting-started',
      question: "What do I say? What if I don't know where to start?",
      short:
        'You do not need to prepare anything, because your therapist will ask questions to help you begin.',
      detail: [
        'Many people worry they will have nothing to say, or say it wrong. There is no wrong way to start. You can say, "I\'m not sure where to begin." That is a fine place to start.',
        'If you would like some ideas, you could talk about:',
        {
          list: [
            'What made you look for help now',
            'What a hard day is like for you',
            'What you would like to be different',
            'What worries you about therapy',
          ],
        },
        'You choose what to share, and when.',
      ],
    },
    {
      id: 'nervous',
      category: 'getting-started',
      question: 'I feel nervous about starting. Is that normal?',
      short: 'Yes, feeling nervous is very common, and you can tell your therapist how you feel.',
      detail: [
        'Meeting someone new and talking about personal things can feel like a lot. Many people feel worried before the first session. Some feel it for a few sessions.',
        'Saying "I feel nervous" out loud can help. Your therapist can slow down, explain what comes next, or take a pause. You can ask questions at any point.',
        'You are in charge of the pace. You can take a break, or choose not to answer a question.',
      ],
    },
    {
      id: 'goals',
      category: 'getting-started',
      question: 'Do I need to have goals before I start?',
      short:
        'No, you do not need clear goals to start, because working them out together is part of therapy.',
      detail: [
        'Some people come with a clear aim. Others just know that something does not feel right. Both are fine.',
        'In early sessions, you and your therapist can agree on what you want to work on, and how. Goals can be small, like sleeping better or feeling less alone. They can change as you go.',
        'A shared plan helps many people feel more settled. You can change it at any time.',
      ],
    },
    {
      id: 'qualifications',
      category: 'getting-started',
      question: 'How do I know my therapist is qualified?',
      short:
        "You can ask about your therapist's training and who they are licensed or registered with, and they should be glad to tell you.",
      detail: {
        generic: [
          'Therapists can have different job titles, such as psychologist, psychotherapist or social worker. The rules about these titles differ from place to place.',
          'Many therapists are licensed or registered with a professional body. That body sets rules for safe and ethical work. You can often check a name on its public list.',
          'It is always fine to ask. Your therapist may also tell you about this in the first session.',
        ],
        uk: [
          'A therapist may be called a counsellor, psychotherapist or psychologist.',
          'In the UK, the titles "counsellor" and "psychotherapist" are not protected by law. Anyone can use them. So it helps to check that your therapist is on an Accredited Register. These registers are approved by the Professional Standards Authority. Examples are the BACP, UKCP and NCPS registers.',
          'Some titles are protected, such as clinical psychologist or counselling psychologist. People who use them must be registered with the HCPC. You can check its public register.',
          'It is always fine to ask. Your therapist may also tell you about this in the first session.',
        ],
      },
    },
    {
      id: 'experience',
      category: 'getting-started',
      question: 'Have you worked with problems like mine?',
      short:
        'You can ask your therapist if they have worked with what you are facing, before or in the first session.',
      detail: [
        'You might ask:',
        {
          list: [
            'Have you worked with people facing something like this?',
            'How do you tend to work with it?',
            'What might therapy look like for me?',
          ],
        },
        'If a therapist does not have the right experience, they may suggest someone who does. That is not a rejection. It is part of helping you find the right support.',
      ],
    },
    {
      id: 'therapy-type',
      category: 'getting-started',
      question: 'What type of therapy will I get?',
      short:
        "That depends on your needs and on your therapist's training, and your therapist can explain their approach in plain words.",
      detail: [
        'There are many kinds of talking therapy. Some, like CBT, focus on how thoughts, feelings and actions link. Some look at feelings, past events or relationships. Some mix a few ways of working.',
        'Some types use small tasks between sessions, like trying a new skill. Others do not.',
        'You can ask why your therapist suggests a type of therapy and what it involves. If something does not feel right, you can say so.',
      ],
    },

    // ------------------------------------------------------------ Cost and insurance
    {
      id: 'cost',
      category: 'cost',
      question: 'How much does therapy cost?',
      short: {
        generic: 'Fees vary from place to place, and {practice} will tell you the cost before you start.',
        us: 'Fees vary, and {practice} will tell you the cost before you start, whether you pay yourself or use insurance.',
        uk: 'Private fees vary, and {practice} will tell you the cost before you start.',
        au: 'Fees vary, and {practice} will tell you the cost before you start, and what may help with it.',
        nz: 'Fees vary, and {practice} will tell you the cost before you start, and what may help with it.',
      },
      detail: {
        generic: [
          ...costDetail,
          'Some practices offer lower fees for people on low incomes. A health plan or insurance may pay part of the cost.',
        ],
        us: [
          ...costDetail,
          'If you use insurance, what you pay may depend on your plan, such as a copay or deductible.',
          'If you do not have insurance, or choose not to use it, you usually have the right to a Good Faith Estimate. This is a written estimate of what your care may cost.',
        ],
        uk: [
          ...costDetail,
          'Some private health insurance may pay for therapy. Check with your insurer first.',
          'In England, NHS Talking Therapies is free, and you can refer yourself. There may be a wait.',
        ],
        au: [
          ...costDetail,
          'Medicare may pay part of the cost through the Better Access initiative. It covers some sessions with psychologists, and with eligible social workers and occupational therapists. It does not cover counsellors or psychotherapists. To use it, talk to your GP first.',
          'Private health insurance may also help. Please ask us what applies to our sessions.',
        ],
        nz: [
          ...costDetail,
          'If you have been through sexual abuse or assault, ACC may pay for therapy. It does not matter when it happened, and you do not need to have told the police. Ask us, or your GP, how to start.',
        ],
      },
    },
    {
      id: 'insurance',
      category: 'cost',
      question: 'Can I use my insurance or health plan?',
      short: {
        generic:
          'It depends on your plan and on the practice, so check with us and with your plan before you start.',
        us: "You may be able to, so ask us if we are in your plan's network, and check your benefits with your plan.",
        uk: 'Some private health cover may pay for therapy, so check with your insurer first.',
        au: 'Medicare or private health insurance may help with some types of therapist, so please check first.',
      },
      detail: {
        generic: [
          'Some practices work with insurance or health plans, and some do not. A plan may pay for all, part or none of the cost.',
          'Questions you could ask your plan:',
          {
            list: [
              'Is talking therapy covered?',
              'Do I need a referral first?',
              'How many sessions are covered?',
              'What will I pay each time?',
            ],
          },
          'A plan that pays may need some details about your care. Ask us what would be shared.',
        ],
        us: [
          "If we are in your plan's network, we may bill your plan for you. If not, your plan may still pay back part of the cost. This is called out-of-network cover.",
          'Questions you could ask your plan:',
          {
            list: [
              'Is outpatient mental health care covered?',
              'Do I need a referral first?',
              'What is my deductible, copay or coinsurance?',
              'Is there a limit on sessions?',
              { format: 'online', line: 'Are online sessions covered?' },
            ],
          },
          'When insurance pays, your plan usually gets some details. These often include a diagnosis, the dates of your sessions, your treatment plan and your progress.',
          'If you pay the full cost of a service yourself, you can ask us not to tell your plan about it. Under HIPAA, a covered practice must agree to this.',
        ],
        uk: [
          'Plans differ. Some need a GP referral first. Some only pay for certain types of therapist. Ask your insurer what is covered, and for how many sessions.',
          'You can also ask us if we work with your insurer.',
          'In England, NHS Talking Therapies is free, so you do not need insurance for it.',
        ],
        au: [
          'Medicare may pay part of the cost through the Better Access initiative. It covers some sessions with psychologists, and with eligible social workers and occupational therapists. It does not cover counsellors or psychotherapists. To use it, talk to your GP first.',
          'If you have private health insurance, ask your insurer what is covered. Please ask us what applies to our sessions.',
        ],
      },
    },
    {
      id: 'superbills',
      category: 'cost',
      question: 'Can I claim some of the cost back from my insurance?',
      short: {
        generic: 'You may be able to, so ask us for a receipt with the details your plan or insurer needs.',
        us: 'You may be able to, if your plan pays for care outside its network, and you can ask us for a superbill to send to it.',
      },
      detail: {
        generic: [
          'Some health plans pay back part of the cost when you see a therapist they do not work with directly. You pay us, and then send a receipt to your plan.',
          'Whether you get money back, and how much, is up to your plan. Check with your plan before you start, so you know what to expect.',
        ],
        us: [
          'A superbill is a detailed receipt. It lists things like the dates of your sessions, the fees, the type of service and a diagnosis code. You send it to your plan to ask for part of the cost back.',
          'Your plan decides what it pays. You may need to meet an out-of-network deductible first. Some plans do not pay for out-of-network care.',
          'A superbill shares some health details, such as a diagnosis, with your plan. Ask us if you have questions about this.',
        ],
      },
    },
    {
      id: 'sliding-scale',
      category: 'cost',
      question: "Do you offer lower fees if I can't afford the full cost?",
      short:
        'Some practices keep a few lower-fee places, often called a sliding scale, so please ask us what we can offer.',
      detail: {
        generic: [
          'A sliding scale means the fee is set by what you can afford. Not every practice has one, and places may be limited.',
          'You will not be judged for asking. If we cannot help, we may be able to suggest free or lower-cost options near you.',
        ],
        uk: [
          'A sliding scale means the fee is set by what you can afford. Not every practice has one, and places may be limited.',
          'You will not be judged for asking. If we cannot help, we may be able to suggest free or lower-cost options near you.',
          'In England, NHS Talking Therapies is free, and you can refer yourself.',
        ],
      },
    },
    {
      id: 'good-faith-estimate',
      category: 'cost',
      question: 'Can I get an estimate of what therapy will cost?',
      short: {
        generic: 'Yes, you can ask {practice} for a written estimate of what your sessions may cost.',
        us: 'Yes. If you pay for yourself, you can usually get a Good Faith Estimate of your costs.',
      },
      detail: {
        generic: [
          'It is hard to know at the start how many sessions you will want. So an estimate may cover a set number of sessions, and it can be updated later.',
          'Ask us to explain anything that is not clear, such as fees for missed sessions.',
        ],
        us: [
          'This right comes from the No Surprises Act, in force since January 2022. It covers most people who pay for themselves. People enrolled in some federal health programs are not covered by it. The estimate should be in writing. You can ask for one before you book.',
          'It is hard to know at the start how many sessions you will want. So the estimate may cover a set number of sessions, and it can be updated later.',
          'Keep a copy of your estimate. If your bill ends up $400 or more above it, you can dispute the bill. First, you can ask us to look at it again. You can also start a federal dispute process. You must start it within 120 days of the date on the bill.',
        ],
      },
    },
    {
      id: 'cancellation',
      category: 'cost',
      question: 'What if I need to cancel or miss a session?',
      short:
        'Please tell us as soon as you can, and ask about our rules, because a late cancellation may have a fee.',
      detail: [
        'Many practices ask for a set amount of notice, such as 24 or 48 hours. A missed or late-cancelled session may be charged in full or in part. Your therapist should explain this before you start.',
        'Illness, caring duties and emergencies are part of life. You can ask us how we handle these.',
        'If it gets hard to come, or you want to pause, you can say so. We can talk about it without blame.',
      ],
    },

    // ------------------------------------------------------------ Sessions
    {
      id: 'session-length',
      category: 'sessions',
      question: 'How long is a session?',
      short: 'Sessions at {practice} usually last about {minutes} minutes.',
      detail: [
        'Many therapists work in sessions of about 45 to 60 minutes. The first session may be a little longer or shorter, so it is worth asking.',
        'Your therapist keeps an eye on the time. Near the end, they may help you slow down, so you leave feeling steady.',
        'If you need a break during a session, you can ask for one.',
      ],
    },
    {
      id: 'how-often',
      category: 'sessions',
      question: 'How often will I come?',
      short:
        'Many people start with weekly sessions, but you and your therapist can agree on what works for you.',
      detail: [
        'Weekly sessions can help build trust and keep things moving. Later, some people move to every two weeks, or less often.',
        'How often you come may also depend on cost, time and what you need. You can talk about changing it at any point.',
      ],
    },
    {
      id: 'how-many-sessions',
      category: 'sessions',
      question: 'How many sessions will I need?',
      short:
        'There is no fixed number, and you and your therapist can look at how things are going together.',
      detail: {
        generic: howManyDetail,
        uk: [
          ...howManyDetail,
          'In England, NHS Talking Therapies services often offer about 6 to 10 sessions. Private therapy may be shorter or longer.',
        ],
      },
    },
    {
      id: 'progress',
      category: 'sessions',
      question: 'How will I know if therapy is helping?',
      short:
        'You and your therapist can check on progress together, by talking about your goals and sometimes with short forms.',
      detail: [
        'Change is often slow and gradual. Some weeks may feel harder than others, and that can be part of the work.',
        'Signs of progress may include:',
        {
          list: [
            'Coping a little better with hard moments',
            'Understanding yourself more',
            'Doing more of the things that matter to you',
            'Feeling closer to your goals',
          ],
        },
        'Your feedback matters. If something is not helping, please say so. Your therapist can change the plan with you.',
      ],
    },
    {
      id: 'medication',
      category: 'sessions',
      question: 'Can my therapist prescribe medication?',
      short:
        'Most therapists cannot prescribe medicine. But yours can talk about it with you, and may work with a doctor who can.',
      detail: [
        'Doctors and some other health workers can prescribe medicine. This may be your family doctor or a psychiatrist.',
        'Some people use therapy and medicine together. Others use therapy alone. It is your choice, made with your doctor.',
        'Please do not stop or change a medicine without talking to your doctor first. You can tell your therapist about any medicine you take.',
      ],
    },

    // ------------------------------------------------------------ Privacy
    {
      id: 'confidentiality',
      category: 'privacy',
      question: 'Is what I say kept private?',
      short:
        'Most of what you say stays private, but there are some limits, and your therapist will explain them at the start.',
      detail: {
        generic: confidentialityGeneric,
        us: [
          'Your therapist keeps what you share private. If we are a HIPAA covered entity, you will get a Notice of Privacy Practices at your first visit. It explains how your information is used and shared.',
          'There are a few limits. Depending on your state, your therapist may need to share some information if:',
          {
            list: [
              'Someone is at serious and imminent risk of harm',
              'A child may be being abused or neglected',
              'An older or dependent adult may be being abused',
              'A court orders it',
            ],
          },
          confidentialitySuicide,
          confidentialitySupervision,
          'Rules differ from state to state. Please ask us about our own policy.',
        ],
        uk: [
          'Your therapist keeps what you share private. Your agreement at the start should set out any limits that can be foreseen. Your therapist may need to share some information if:',
          {
            list: [
              'Someone is at risk of serious harm',
              'There are safeguarding worries about a child or a vulnerable adult',
              'A court orders it',
              'The law requires it, such as to help prevent terrorism',
            ],
          },
          'A new law, the Crime and Policing Act 2026, creates a duty in England to report child sexual abuse. It is for people who work with children in certain roles. It applies once it comes into force.',
          'In Northern Ireland, the law is different. Anyone who knows of a serious crime may have to tell the police, unless they have a good reason not to.',
          'Where the law allows, your therapist will usually talk with you first. They should share only what is needed.',
          confidentialitySuicide,
          confidentialitySupervision,
          'Please ask us about our own policy.',
        ],
        ca: [
          'Your therapist keeps what you share private. Privacy laws cover many private therapists. This may be PIPEDA, the federal law, or a law in your province. Each profession also has rules. Your therapist may need to share some information if:',
          {
            list: [
              'Someone is at significant risk of serious harm',
              'A child may need protection',
              'An adult who cannot protect themselves may be at risk, in some provinces',
              'A court orders it',
            ],
          },
          confidentialitySuicide,
          confidentialitySupervision,
          'Rules differ from province to province. Please ask us about our own policy.',
        ],
        au: [
          'Your therapist keeps what you share private. Private health providers must follow the Privacy Act 1988 and the Australian Privacy Principles.',
          "There are a few limits. Your therapist may share some information to lessen a serious threat to someone's life, health or safety, or if a court orders it. Rules on reporting child abuse differ by state and territory.",
          confidentialitySuicide,
          confidentialitySupervision,
          'Please ask us about our own policy.',
        ],
        ie: [
          'Your therapist keeps what you share private. But there are a few limits. Your therapist may need to share some information if:',
          {
            list: [
              'Someone is at serious risk of harm',
              'A child may be at risk of harm',
              'A court orders it',
            ],
          },
          'Some people must report some worries about harm to children to Tusla, the child and family agency. The Children First Act 2015 says who. They include counsellors, psychotherapists and psychologists.',
          confidentialitySuicide,
          confidentialitySupervision,
          'Please ask us about our own policy.',
        ],
        nz: [
          'Your therapist keeps what you share private. But there are a few limits.',
          "Under the Health Information Privacy Code 2020, your therapist may share some information to prevent or lessen a serious threat to someone's life or health. A court can also order records to be shared.",
          "Anyone may report worries about a child's safety. For most people, this is allowed but not required.",
          confidentialitySuicide,
          confidentialitySupervision,
          'Please ask us about our own policy.',
        ],
      },
    },
    {
      id: 'records',
      category: 'privacy',
      question: 'Who can see my records?',
      short: 'Your records are kept private and safe, and in most cases you can ask to see what is in them.',
      detail: {
        generic: recordsGeneric,
        us: [
          'If we are a HIPAA covered entity, you have the right to:',
          {
            list: [
              'See and get a copy of your records, usually within 30 days',
              'Ask for mistakes to be fixed',
              'Get a list of some of the times your information was shared',
              'Complain to the US Department of Health and Human Services',
            ],
          },
          "Psychotherapy notes have extra protection. These are your therapist's own separate notes about sessions. Your diagnosis, dates, treatment plan and medicine are not part of them.",
          "Your right to see your records does not include psychotherapy notes. For the rest, access can be refused only in rare cases. One example is when it is likely to put someone's life or safety at risk.",
          'You can also ask us to contact you in a certain way, such as by your own phone or at another address. We must agree if the request is reasonable. You do not have to say why. This can help if you want to keep therapy private from someone you live with.',
          'If you use insurance, your plan usually gets some details, such as a diagnosis and dates. A court can order records, but only what the order names.',
        ],
        uk: [
          'Your therapist keeps some notes, such as the dates of your sessions and what you worked on. Under UK GDPR and the Data Protection Act 2018, health data has extra protection.',
          'You can ask for a copy of your records for free. This is called a subject access request. You should get a reply within one month. In some cases this can take up to two months more.',
          'Some information can be held back in certain cases. For example, this may be health data that could cause serious harm, or details about another person. A court can order records to be shared.',
          'Ask us how we keep your records safe, and for how long.',
        ],
        au: [
          'Your therapist keeps some notes, such as the dates of your sessions and what you worked on. Under the Privacy Act 1988, private health providers must keep your information safe.',
          'You can usually ask to see your records, and ask for mistakes to be fixed. In rare cases, some parts may be held back.',
          'Ask us how we keep your records safe, and for how long.',
        ],
        nz: [
          'Your therapist keeps some notes, such as the dates of your sessions and what you worked on. Under the Health Information Privacy Code 2020, they must keep this information safe.',
          'You can usually ask to see your health information, and ask for mistakes to be fixed. In rare cases, some parts may be held back.',
          'Ask us how we keep your records safe, and for how long.',
        ],
      },
    },
    {
      id: 'doctor',
      category: 'privacy',
      question: 'Will you talk to my doctor?',
      short: {
        generic:
          'Many therapists ask you first before they talk to your doctor, so please ask us what we do.',
        uk: 'In NHS services, sharing with your GP is common, while private therapists may ask you first.',
      },
      detail: {
        generic: doctorGeneric,
        uk: [
          'In NHS services, you will usually be told what is shared with your GP and why.',
          ...doctorGeneric,
        ],
      },
    },

    // ------------------------------------------------------------ Online therapy
    {
      id: 'online',
      category: 'online',
      question: 'What is online therapy like, and is it private?',
      short: 'Online therapy works well for many people, and you may see {practice} {format}.',
      detail: [
        'Online sessions use a video or phone call. Many people find them easier to fit into their week.',
        {
          format: 'both',
          block:
            'Others like to be in the same room as their therapist. Both are fine, and you can say what you prefer.',
        },
        'To help keep your session private:',
        {
          list: [
            'Find a spot where others cannot hear you, if you can',
            'Use headphones',
            'Use your own device, and avoid public wifi if you can',
            'Close other apps and turn off alerts',
          ],
        },
        'If privacy at home is hard, tell your therapist. Some people use a parked car or a quiet room at work. Together you can find a way that works.',
        'You can ask how our video service keeps your session private. Rules may also limit where you can be during a session, so tell us where you will be.',
      ],
    },
    {
      id: 'tech-problems',
      category: 'online',
      question: 'What if the connection drops during an online session?',
      short:
        'This happens to everyone, and most therapists have a plan, such as calling you back or trying the link again.',
      detail: [
        'Tech problems happen to everyone. At the start, your therapist may agree on a backup plan with you, such as a phone number to use if the video fails.',
        'If the call drops:',
        {
          list: [
            'Try to rejoin the same link',
            'Wait a few minutes for your therapist to get in touch',
            'Check your phone and messages',
          ],
        },
        'If you were talking about something hard, it is fine to say so when you reconnect. If you feel unsafe and cannot reach your therapist, call your local emergency number or a crisis line.',
      ],
    },

    // ------------------------------------------------------------ Feelings and fit
    {
      id: 'fit',
      category: 'feelings-fit',
      question: "What if my therapist doesn't feel like a good fit?",
      short: 'It is fine to say so, and it is fine to change therapist if it still does not feel right.',
      detail: [
        'Feeling safe and understood by your therapist matters a lot. Research shows that a good bond between you is linked to how well therapy works.',
        'It can take a few sessions to know. If something feels off, you can tell your therapist. Good therapists welcome this, and talking about it often helps.',
        'If it still does not feel right, you can ask to see someone else. Your therapist may help you find them. You will not be judged or blamed.',
      ],
    },
    {
      id: 'crying',
      category: 'feelings-fit',
      question: 'What if I cry in a session?',
      short: 'Crying is very common in therapy, and it is completely fine.',
      detail: [
        'Therapy can bring up strong feelings. Tears are a normal response, and therapists are used to them. You can take your time.',
        {
          format: 'in-person',
          block: 'There will be tissues in the room.',
          both: 'If you meet in person, there will be tissues in the room.',
        },
        'You might also feel tired, low or stirred up after a session. That is normal too. It can help to plan something gentle for later that day.',
        'If feelings stay very strong or you feel unsafe, tell your therapist. You can also call your local emergency number or a crisis line.',
      ],
    },
    {
      id: 'trauma',
      category: 'feelings-fit',
      question: 'Do I have to talk about trauma right away?',
      short:
        'No, you choose what to share and when, and you do not have to talk about anything before you are ready.',
      detail: [
        'Many people worry they will have to tell their whole story at once. You do not. It is fine to say, "I\'m not ready to talk about that yet."',
        'A good therapist will help you feel safe and steady first. You can go at your own pace, take breaks, or stop at any time.',
        'If a question feels like too much, you can say so. A good therapist will not push you.',
      ],
    },
    {
      id: 'culture',
      category: 'feelings-fit',
      question: 'Will my therapist understand my culture and background?',
      short:
        'A good therapist will respect who you are, and you can ask about their experience with people like you.',
      detail: [
        'Your culture, faith, language, gender, sexuality, body and life story all matter. You should not have to explain or defend who you are.',
        'You can ask a therapist how they work with people from different backgrounds. If it matters to you, you can also ask to see someone who shares part of who you are.',
        'If something your therapist says feels hurtful or wrong, you can tell them. A good therapist will listen, own their part and learn. You can also choose to see someone else.',
      ],
    },
    {
      id: 'stopping',
      category: 'feelings-fit',
      question: 'Can I take a break or stop therapy?',
      short: 'Yes, you can pause or stop at any time, and you are welcome to come back later.',
      detail: [
        'You do not have to explain yourself. But it can help to tell your therapist, so you can plan an ending together. This might mean looking back at what has changed, and planning for hard times.',
        'Ask us about any notice or fees for sessions you have already booked.',
        'If you stop, you can get in touch again later if you would like to come back.',
      ],
    },
    {
      id: 'crisis',
      category: 'feelings-fit',
      question: 'What should I do if I am in crisis between sessions?',
      short: byNumbersShown(
        'If you are in danger now, call your local emergency number or a local crisis line.',
        crisisShort,
      ),
      detail: [
        'Please know that {practice} is not an emergency service, and we may not see messages right away. A crisis line can listen and help you through a hard moment. You do not need to be sure it is an emergency to reach out.',
        'If you have thoughts of suicide, you are not alone, and help is there. It is fine to talk about these thoughts with your therapist. Talking about them does not by itself mean your information will be shared.',
        'Your therapist can help you make a safety plan for hard moments. It might list what helps you, who you can call and where you can go.',
      ],
    },
  ],
};
