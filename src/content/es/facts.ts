import type { FactsWords } from '../facts-types.js';

const per = (n: number, one: string, other: string): string => (n === 1 ? one : other);

export const facts: FactsWords = {
  length: (m) => `Las sesiones en {practice} duran ${m.text} minutos.`,
  lengthGeneral:
    'Muchas sesiones duran entre 45 y 60 minutos, y en {practice} te diremos cuánto durarán las tuyas.',

  fee: (fee, m) => (m ? `Una sesión de ${m.text} minutos cuesta ${fee}.` : `Una sesión cuesta ${fee}.`),
  firstSessionFee: (fee) => `La primera sesión cuesta ${fee}.`,
  slidingScale: {
    yes: 'Tenemos algunos lugares con precio reducido para personas con pocos ingresos. Pregúntanos por ellos.',
    no: 'Por ahora no tenemos lugares con precio reducido.',
  },
  slidingScaleShort: {
    yes: 'Sí, en {practice} tenemos algunos lugares con precio reducido para personas con pocos ingresos, así que pregúntanos.',
    no: 'Por ahora, {practice} no tiene lugares con precio reducido, pero puedes preguntarnos por otras opciones.',
  },
  feeNotes: {
    generic: [],
    us: [
      'Si pagas por tu cuenta, tienes derecho a un Good Faith Estimate (estimación de buena fe) de tus costos. Puedes pedirnos uno por escrito.',
    ],
  },

  inNetwork: (plans) => `Estamos dentro de la red de ${plans}.`,
  superbills: {
    generic: {
      yes: 'Podemos darte un recibo con los datos que pide tu plan o tu aseguradora, para que recuperes parte del costo.',
      no: 'No damos recibos para reclamar al seguro. Consulta con tu plan antes de empezar.',
    },
    us: {
      yes: 'Podemos darte un superbill para enviarlo a tu plan y pedir que te devuelvan parte del costo.',
      no: 'No damos superbills. Consulta con tu plan antes de empezar.',
    },
  },

  cancellation: (h) =>
    h.n === 0
      ? 'Puedes cancelar en cualquier momento antes de tu sesión.'
      : `Si necesitas cancelar, avísanos al menos ${h.text} ${per(h.n, 'hora', 'horas')} antes.`,
  cancellationFee: {
    full: (after) =>
      after
        ? 'Si cancelas con menos tiempo, se cobra la sesión completa.'
        : 'Si cancelas a último momento, se cobra la sesión completa.',
    amount: (fee, after) =>
      after
        ? `Si cancelas con menos tiempo, el cargo es de ${fee}.`
        : `Si cancelas a último momento, el cargo es de ${fee}.`,
  },

  freeCall: (m) => `Puedes reservar primero una llamada gratuita de ${m.text} minutos.`,
  wait: (w) =>
    w.n === 0
      ? 'Por lo general, podemos darte una primera cita en menos de una semana.'
      : `Por lo general, podemos darte una primera cita en ${w.text} ${per(w.n, 'semana', 'semanas')} o menos.`,

  replyDays: (d) => `Respondemos los mensajes en ${d.text} ${per(d.n, 'día hábil', 'días hábiles')} o menos.`,
  videoPlatform: (name) => `Nuestras sesiones en línea son por ${name}.`,
  hipaa: {
    conditional: /\b[Ss]i (somos|\{practice\} es) una entidad cubierta por HIPAA, /g,
    covered: (subject) => `${subject} una entidad cubierta por HIPAA, así que `,
    notCovered:
      '{practice} no es una entidad cubierta por HIPAA, así que es posible que sus reglas no se apliquen. Aun así, la ley estatal protege tu privacidad, y puedes preguntarnos cómo.',
    coveredSentences:
      /\b[Ss]i (?:somos|\{practice\} es) una entidad cubierta por HIPAA, [^.:]*[.:](?: Explica [^.]*\.)?/g,
    swaps: [
      {
        match:
          /(?:\. Según HIPAA, una consulta cubierta por esa ley debe aceptar|\. La consulta debe aceptarlo|, y la consulta debe aceptarlo)\./g,
        notCovered: '. Esta regla de HIPAA no se aplica a {practice}, pero puedes pedirlo igualmente.',
      },
      {
        match:
          /\bSi se aplica HIPAA, se podría compartir cierta información con tus otros proveedores de salud para tu atención\./g,
        covered:
          'HIPAA se aplica a {practice}, así que se podría compartir cierta información con tus otros proveedores de salud para tu atención.',
        notCovered:
          '{practice} no es una entidad cubierta por HIPAA, así que la ley estatal decide qué se puede compartir con tus otros proveedores de salud.',
      },
    ],
  },

  clientGroups: {
    adults: 'personas adultas',
    couples: 'parejas',
    families: 'familias',
    teens: 'adolescentes',
    children: 'niñas y niños',
  },
  languages: (names) => `Ofrecemos sesiones en ${names}.`,
  clients: (groups) => `Trabajamos con ${groups}.`,

  guideBefore: 'En {practice}:',
  guideFirstSession: 'En {practice}:',

  prepAskCancellation: '¿Qué pasa si necesito cancelar?',
  prepAskFees: '¿Cuánto cobras?',
};
