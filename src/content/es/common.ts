import type { CommonContent } from '../types.js';

export const common: CommonContent = {
  practiceDefault: 'nuestra consulta',
  minutesGeneral: '45 a 60',
  formats: { 'in-person': 'en persona', online: 'en línea', both: 'en persona o en línea' },
  book: 'Reservar una sesión',
  contact: 'Contáctanos',
  callPractice: (phone) => `Llamar al ${phone}`,
  emailPractice: (email) => `Escribir a ${email}`,
};
