import type { CommonContent } from '../types.js';

export const common: CommonContent = {
  practiceDefault: 'our practice',
  minutesGeneral: '45 to 60',
  formats: { 'in-person': 'in person', online: 'online', both: 'in person or online' },
  book: 'Book a session',
  contact: 'Get in touch',
  callPractice: (phone) => `Call ${phone}`,
  emailPractice: (email) => `Email ${email}`,
};
