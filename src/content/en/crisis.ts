import type { CrisisContent } from '../types.js';

export const crisis: CrisisContent = {
  heading: 'If you need help right now',
  intro:
    'If you are thinking about suicide, or you feel you might not be safe, you deserve support right now. You do not have to wait, and you do not have to face this alone. Feelings like this can change, and help works.',
  notEmergency:
    '{practice} is not an emergency service, and messages may not be read straight away. These services can help at any hour.',
  notEmergencyReply: (reply) =>
    `{practice} is not an emergency service. ${reply} These services can help at any hour.`,
  emergencyName: 'Emergency services',
  emergencyNote: 'If you or someone else is in danger right now.',
  genericEmergency: 'If you or someone else is in danger right now, call your local emergency number.',
  genericLine:
    'You can also reach out to a local crisis line, a doctor, or someone you trust. Talking can help.',
  services: {
    'us-988': {
      name: '988 Suicide & Crisis Lifeline',
      note: 'Free and private, at any hour. Veterans, press 1. For Spanish, press 2. You can also chat online at 988lifeline.org.',
    },
    'us-crisis-text-line': { name: 'Crisis Text Line', note: 'Free, at any hour, by text.' },
    'ca-988': {
      name: '9-8-8 Suicide Crisis Helpline',
      note: 'Free, at any hour, in English and French.',
    },
    'ca-kids-help-phone': { name: 'Kids Help Phone', note: 'For children and young people.' },
    'uk-samaritans': { name: 'Samaritans', note: 'Free, at any hour.' },
    'uk-shout': { name: 'Shout', note: 'Free support by text.' },
    'uk-nhs-111': {
      name: 'NHS 111',
      note: 'In England, choose the mental health option.',
    },
    'ie-samaritans': { name: 'Samaritans', note: 'Free, at any hour.' },
    'ie-text-50808': { name: 'Text 50808', note: 'Free support by text, at any hour.' },
    'au-lifeline': { name: 'Lifeline', note: 'Support at any hour, by phone or text.' },
    'au-kids-helpline': { name: 'Kids Helpline', note: 'For children and young people.' },
    'nz-1737': { name: 'Need to talk? 1737', note: 'Free, at any hour, by phone or text.' },
    'nz-lifeline': { name: 'Lifeline', note: 'Support by phone.' },
  },
  call: (number) => `Call ${number}`,
  text: (number, keyword) => (keyword ? `Text ${keyword} to ${number}` : `Text ${number}`),
  lastChecked: (month) => `Numbers last checked: ${month}.`,
  lineLead: 'If you need help right now:',
};
