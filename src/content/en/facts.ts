import type { FactsWords } from '../facts-types.js';

const per = (n: number, one: string, other: string): string => (n === 1 ? one : other);

export const facts: FactsWords = {
  length: (m) => `Sessions at {practice} last ${m.text} minutes.`,
  lengthGeneral:
    'Many sessions last about 45 to 60 minutes, and {practice} will tell you how long yours will be.',

  fee: (fee, m) => (m ? `A ${m.text}-minute session costs ${fee}.` : `A session costs ${fee}.`),
  firstSessionFee: (fee) => `The first session costs ${fee}.`,
  slidingScale: {
    yes: 'We keep some lower-fee places for people on low incomes. Please ask us about them.',
    no: 'We do not have lower-fee places at the moment.',
  },
  slidingScaleShort: {
    yes: 'Yes, {practice} keeps some lower-fee places for people on low incomes, so please ask us.',
    no: '{practice} does not have lower-fee places at the moment, but you are welcome to ask about other options.',
  },
  feeNotes: {
    generic: [],
    us: [
      'If you pay for yourself, you have the right to a Good Faith Estimate of your costs. You can ask us for one in writing.',
    ],
  },

  inNetwork: (plans) => `We are in network with ${plans}.`,
  superbills: {
    generic: {
      yes: 'We can give you a receipt with the details your plan or insurer needs, so you can claim some of the cost back.',
      no: 'We do not give receipts for insurance claims. Please check with your plan before you start.',
    },
    us: {
      yes: 'We can give you a superbill to send to your plan, so you can ask for part of the cost back.',
      no: 'We do not give superbills. Please check with your plan before you start.',
    },
  },

  cancellation: (h) =>
    h.n === 0
      ? 'You can cancel at any time before your session.'
      : `If you need to cancel, please tell us at least ${h.text} ${per(h.n, 'hour', 'hours')} before.`,
  cancellationFee: {
    full: (after) => `A ${after ? 'later' : 'late'} cancellation is charged in full.`,
    amount: (fee, after) => `A ${after ? 'later' : 'late'} cancellation costs ${fee}.`,
  },

  freeCall: (m) => `You can book a free ${m.text}-minute call first.`,
  wait: (w) =>
    w.n === 0
      ? 'We can usually offer a first appointment within a week.'
      : `We can usually offer a first appointment within ${w.text} ${per(w.n, 'week', 'weeks')}.`,

  replyDays: (d) => `We reply to messages within ${d.text} working ${per(d.n, 'day', 'days')}.`,
  videoPlatform: (name) => `Our online sessions use ${name}.`,
  hipaa: {
    conditional: /\b[Ii]f (we are|\{practice\} is) a HIPAA covered entity, /g,
    covered: (subject) => `${subject} a HIPAA covered entity, so `,
    notCovered:
      '{practice} is not a HIPAA covered entity, so its rules may not apply. State law still protects your privacy, and you can ask us how.',
    coveredSentences:
      /\b[Ii]f (?:we are|\{practice\} is) a HIPAA covered entity, [^.:]*[.:](?: It explains [^.]*\.)?/g,
    swaps: [
      {
        match: /(?:\. Under HIPAA, a covered|\. The|, and the) practice must agree(?: to this)?\./g,
        notCovered: '. This HIPAA rule does not apply to {practice}, but you can still ask.',
      },
      {
        match:
          /\bIf HIPAA applies, some information may be shared with your other health care providers for your care\./g,
        covered:
          'HIPAA applies to {practice}, so some information may be shared with your other health care providers for your care.',
        notCovered:
          '{practice} is not a HIPAA covered entity, so state law sets what may be shared with your other health care providers.',
      },
    ],
  },

  clientGroups: {
    adults: 'adults',
    couples: 'couples',
    families: 'families',
    teens: 'teens',
    children: 'children',
  },
  languages: (names) => `We offer sessions in ${names}.`,
  clients: (groups) => `We work with ${groups}.`,

  guideBefore: 'At {practice}:',
  guideFirstSession: 'At {practice}:',

  prepAskCancellation: 'What happens if I need to cancel?',
  prepAskFees: 'What are your fees?',
};
