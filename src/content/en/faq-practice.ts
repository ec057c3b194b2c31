import type { PracticeQuestion } from '../facts-types.js';
import { facts as words } from './facts.js';

// Questions about this practice. Each answers in general words until the practice states the
// fact it needs. Sources: docs/sources/faq.md, "Practice questions".

const crisisLine =
  'If you feel unsafe while you wait, please do not wait to get help. You can call your local emergency number or a crisis line.';

const unhappyStart =
  'It can feel hard to raise a worry. A good therapist will listen, and you will not be blamed. You can also ask to see someone else.';

const unhappyUnsafe = 'If you ever feel unsafe with a therapist, you do not have to go back.';

const diagnosisName =
  'A diagnosis is a name for a pattern of problems, such as depression or anxiety. It does not say who you are.';

const diagnosisAsk = 'You can ask who would see a diagnosis, and why.';

export const faqPractice: readonly PracticeQuestion[] = [
  {
    id: 'location',
    category: 'getting-started',
    question: 'Where are you, and is it easy to get to?',
    answer: (f, format) => ({
      short: f.address
        ? format === 'both'
          ? `If you meet in person, sessions take place at ${f.address}.`
          : `Sessions take place at ${f.address}.`
        : 'You can ask us where sessions take place and how to get there.',
      detail: [
        ...(f.access ? [`Getting here: ${f.access}.`] : []),
        'You can ask about parking, steps, lifts, and buses or trains nearby.',
        'If getting here is hard for you, please tell us. We can talk about what would help.',
      ],
    }),
  },
  {
    id: 'wait',
    category: 'getting-started',
    question: 'How soon can I start?',
    answer: (f) => ({
      short: f.waitWeeks
        ? words.wait(f.waitWeeks)
        : 'It depends on who is free, so please ask us how soon we can see you.',
      detail: {
        generic: ['When you get in touch, we can tell you which times are free.', crisisLine],
        uk: [
          'When you get in touch, we can tell you which times are free.',
          'In England, NHS Talking Therapies is free, and you can refer yourself. There may be a wait.',
          crisisLine,
        ],
      },
    }),
  },
  {
    id: 'free-call',
    category: 'getting-started',
    question: 'What happens on the free call?',
    answer: (f) => ({
      short: f.freeCall
        ? words.freeCall(f.freeCall)
        : 'Many practices offer a short free call before you book, so ask us if we do.',
      detail: [
        'On the call, you can say a little about what brings you. You only share what you want to.',
        'You can ask how the therapist works, what it costs and what happens next.',
        'You do not have to decide anything on the call.',
      ],
    }),
  },
  {
    id: 'languages',
    category: 'getting-started',
    question: 'Do you see people in my language?',
    answer: (f) => ({
      short: f.languages
        ? words.languages(f.languages)
        : 'Please ask us which languages we offer sessions in.',
      detail: [
        'It is fine to want therapy in the language that feels easiest for you. Your language and culture matter.',
        'If we cannot help in your language, we may be able to suggest someone who can.',
      ],
    }),
  },
  {
    id: 'who-we-see',
    category: 'getting-started',
    question: 'Do you see couples, families or teenagers?',
    answer: (f) => ({
      short: f.clients
        ? words.clients(f.clients)
        : 'Please ask us who we work with, because some therapists see only adults.',
      detail: [
        ...(f.clients
          ? []
          : [
              'Some therapists see adults on their own. Others also see couples, families, teens or children.',
            ]),
        'For someone under 18, a parent or carer may need to agree to therapy. What a parent is told can depend on age and on where you live. Your therapist can explain how it works.',
      ],
    }),
  },
  {
    id: 'bring-someone',
    category: 'getting-started',
    question: 'Can I bring someone with me?',
    answer: () => ({
      short: 'You can ask us first, so we can plan it with you.',
      detail: [
        {
          format: 'in-person',
          block: 'You can ask if someone can come with you and wait nearby.',
          both: 'If you meet in person, you can ask if someone can come with you and wait nearby.',
        },
        {
          format: 'online',
          block: 'You can ask if someone can sit with you for part of the call.',
          both: 'If you meet online, you can ask if someone can sit with you for part of the call.',
        },
        'A person you trust may be able to join for part of a session. But therapy is often just you and your therapist, so you can speak freely.',
        'If you are under 18, you can ask how a parent or carer can be involved.',
      ],
    }),
  },
  {
    id: 'hours',
    category: 'sessions',
    question: 'When can I have sessions?',
    answer: (f) => ({
      short: f.hours
        ? `{practice} offers sessions at these times: ${f.hours}.`
        : 'Times vary, so please ask us which days and times we can offer.',
      detail: [
        'It helps to tell us which days and times suit you best. Some times may fill up faster than others.',
        'If your week changes, you can ask about moving a session.',
      ],
    }),
  },
  {
    id: 'between-sessions',
    category: 'sessions',
    question: 'Can I contact you between sessions?',
    answer: (f) => ({
      short: f.replyDays
        ? words.replyDays(f.replyDays)
        : 'You can ask us how best to reach us between sessions, and how soon we reply.',
      detail: [
        'You can ask what kinds of messages are fine to send, such as about changing a time.',
        'If something comes up that you want to talk about, you can write it down and bring it to your next session.',
        '{practice} is not an emergency service, and we may not see messages right away. If you are in danger, call your local emergency number or a crisis line.',
      ],
    }),
  },
  {
    id: 'late',
    category: 'sessions',
    question: 'What if I am late?',
    answer: () => ({
      short: 'If you are running late, please let us know if you can.',
      detail: [
        'Your session may still end at the usual time, so you may have a little less time. If you are very late, some practices count it as a missed session, so ask us about our rule.',
        'Being late happens to everyone. You will not be judged for it.',
        {
          format: 'online',
          block: 'If you have trouble joining, try the link again and check your messages.',
          both: 'If you meet online and have trouble joining, try the link again and check your messages.',
        },
      ],
    }),
  },
  {
    id: 'diagnosis',
    category: 'sessions',
    question: 'Will I get a diagnosis?',
    answer: () => ({
      short: 'Not always, and you can ask your therapist if they would give one and what it would mean.',
      detail: {
        generic: [
          diagnosisName,
          'Not every therapist gives a diagnosis. Some focus on what you want to change instead.',
          diagnosisAsk,
        ],
        us: [
          diagnosisName,
          'If you use insurance, your plan usually needs a diagnosis to pay. It then goes to your plan with some other details of your care.',
          diagnosisAsk,
        ],
      },
    }),
  },
  {
    id: 'unhappy',
    category: 'feelings-fit',
    question: 'What if I am unhappy with my therapist?',
    answer: () => ({
      short:
        'Please tell your therapist or {practice} first, because many worries can be sorted out by talking.',
      detail: {
        generic: [
          unhappyStart,
          'If a serious worry is not put right, you can contact the body your therapist is licensed or registered with. It sets rules for their work and can look into complaints.',
          unhappyUnsafe,
        ],
        us: [
          unhappyStart,
          'If a serious worry is not put right, you can contact the board in your state that licenses your therapist. State boards look into complaints about the people they license.',
          unhappyUnsafe,
        ],
        uk: [
          unhappyStart,
          'If a serious worry is not put right, you can contact the body your therapist is registered with. This may be the HCPC, or a register such as the BACP or UKCP. These bodies look into concerns about the people on their lists.',
          unhappyUnsafe,
        ],
        nz: [
          unhappyStart,
          'If a serious worry is not put right, you can contact the Health and Disability Commissioner. It looks into complaints about health services. A free advocacy service can help you make a complaint.',
          unhappyUnsafe,
        ],
      },
    }),
  },
];
