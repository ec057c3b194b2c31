import type { CrisisContent } from '../types.js';

export const crisis: CrisisContent = {
  heading: 'Si necesitas ayuda ahora',
  intro:
    'Si estás pensando en el suicidio o sientes que no estás a salvo, mereces apoyo ahora mismo. No tienes que esperar ni pasar por esto en soledad. Lo que sientes puede cambiar, y la ayuda funciona.',
  notEmergency:
    '{practice} no es un servicio de emergencias y puede que no lea los mensajes enseguida. Estos servicios pueden ayudarte a cualquier hora.',
  notEmergencyReply: (reply) =>
    `{practice} no es un servicio de emergencias. ${reply} Estos servicios pueden ayudarte a cualquier hora.`,
  emergencyName: 'Servicios de emergencia',
  emergencyNote: 'Si tú u otra persona están en peligro en este momento.',
  genericEmergency:
    'Si tú u otra persona están en peligro en este momento, llama al número de emergencias de tu país.',
  genericLine:
    'También puedes comunicarte con una línea de crisis de tu zona, con un médico o con alguien de confianza. Hablar puede ayudar.',
  services: {
    'us-988': {
      name: '988 Suicide & Crisis Lifeline (Línea de Prevención del Suicidio y Crisis)',
      note: 'Gratis y confidencial, a cualquier hora. Para atención en español, marca 2. Si has servido en las Fuerzas Armadas, marca 1. También hay chat en 988lifeline.org.',
    },
    'us-crisis-text-line': {
      name: 'Crisis Text Line',
      note: 'Gratis, a cualquier hora, por mensaje de texto.',
    },
    'ca-988': {
      name: '9-8-8 Suicide Crisis Helpline',
      note: 'Gratis, a cualquier hora, en inglés y en francés.',
    },
    'ca-kids-help-phone': { name: 'Kids Help Phone', note: 'Para niños y jóvenes.' },
    'uk-samaritans': { name: 'Samaritans', note: 'Gratis, a cualquier hora.' },
    'uk-shout': { name: 'Shout', note: 'Apoyo gratuito por mensaje de texto.' },
    'uk-nhs-111': {
      name: 'NHS 111',
      note: 'En Inglaterra, elige la opción de salud mental.',
    },
    'ie-samaritans': { name: 'Samaritans', note: 'Gratis, a cualquier hora.' },
    'ie-text-50808': { name: 'Text 50808', note: 'Apoyo gratuito por mensaje de texto, a cualquier hora.' },
    'au-lifeline': { name: 'Lifeline', note: 'Apoyo a cualquier hora, por teléfono o por mensaje.' },
    'au-kids-helpline': { name: 'Kids Helpline', note: 'Para niños y jóvenes.' },
    'nz-1737': { name: 'Need to talk? 1737', note: 'Gratis, a cualquier hora, por teléfono o por mensaje.' },
    'nz-lifeline': { name: 'Lifeline', note: 'Apoyo por teléfono.' },
  },
  call: (number) => `Llamar al ${number}`,
  text: (number, keyword) => (keyword ? `Enviar ${keyword} al ${number}` : `Enviar un mensaje al ${number}`),
  lastChecked: (month) => `Números revisados por última vez: ${month}.`,
  lineLead: 'Si necesitas ayuda ahora:',
};
