import type { PracticeQuestion } from '../facts-types.js';
import { facts as words } from './facts.js';

// Preguntas sobre esta consulta. Cada una responde con palabras generales hasta que la
// consulta indica el dato que necesita. Fuentes: docs/sources/faq.md, «Practice questions».

const crisisLine =
  'Si mientras esperas no te sientes a salvo, no esperes para pedir ayuda. Puedes llamar al número de emergencias de tu zona o a una línea de crisis.';

const unhappyStart =
  'Puede costar hablar de algo que te molesta. Un buen terapeuta te escuchará, y nadie te va a culpar. También puedes pedir ver a otra persona.';

const unhappyUnsafe = 'Si alguna vez no te sientes a salvo con un terapeuta, no tienes que volver.';

const diagnosisName =
  'Un diagnóstico es un nombre para un conjunto de problemas, como la depresión o la ansiedad. No dice quién eres.';

const diagnosisAsk = 'Puedes preguntar quién vería un diagnóstico, y por qué.';

export const faqPractice: readonly PracticeQuestion[] = [
  {
    id: 'location',
    category: 'getting-started',
    question: '¿Dónde están? ¿Es fácil llegar?',
    answer: (f, format) => ({
      short: f.address
        ? format === 'both'
          ? `Si nos vemos en persona, las sesiones son en ${f.address}.`
          : `Las sesiones son en ${f.address}.`
        : 'Puedes preguntarnos dónde son las sesiones y cómo llegar.',
      detail: [
        ...(f.access ? [`Cómo llegar: ${f.access}.`] : []),
        'Puedes preguntar por el estacionamiento, los escalones, el elevador y el transporte cercano.',
        'Si te cuesta llegar, cuéntanos. Podemos hablar de lo que te ayudaría.',
      ],
    }),
  },
  {
    id: 'wait',
    category: 'getting-started',
    question: '¿Qué tan pronto puedo empezar?',
    answer: (f) => ({
      short: f.waitWeeks
        ? words.wait(f.waitWeeks)
        : 'Depende de los horarios libres, así que pregúntanos qué tan pronto podemos verte.',
      detail: {
        generic: ['Cuando te pongas en contacto, te diremos qué horarios hay libres.', crisisLine],
        uk: [
          'Cuando te pongas en contacto, te diremos qué horarios hay libres.',
          'En Inglaterra, NHS Talking Therapies es gratuito, y puedes pedir cita directamente, sin derivación. Puede haber lista de espera.',
          crisisLine,
        ],
      },
    }),
  },
  {
    id: 'free-call',
    category: 'getting-started',
    question: '¿Qué pasa en la llamada gratuita?',
    answer: (f) => ({
      short: f.freeCall
        ? words.freeCall(f.freeCall)
        : 'Muchas consultas ofrecen una llamada corta y gratuita antes de reservar, así que pregúntanos si la ofrecemos.',
      detail: [
        'En la llamada, puedes contar un poco qué te trae. Solo compartes lo que quieras.',
        'Puedes preguntar cómo trabaja tu terapeuta, cuánto cuesta y cuáles son los siguientes pasos.',
        'No tienes que decidir nada en esa llamada.',
      ],
    }),
  },
  {
    id: 'languages',
    category: 'getting-started',
    question: '¿Atienden a personas en mi idioma?',
    answer: (f) => ({
      short: f.languages ? words.languages(f.languages) : 'Pregúntanos en qué idiomas ofrecemos sesiones.',
      detail: [
        'Está bien querer hacer terapia en el idioma en el que te sientes más a gusto. Tu idioma y tu cultura importan.',
        'Si no podemos atenderte en tu idioma, quizá podamos recomendarte a alguien que sí pueda.',
      ],
    }),
  },
  {
    id: 'who-we-see',
    category: 'getting-started',
    question: '¿Atienden a parejas, familias o adolescentes?',
    answer: (f) => ({
      short: f.clients
        ? words.clients(f.clients)
        : 'Pregúntanos con quién trabajamos, porque algunos terapeutas solo atienden a personas adultas.',
      detail: [
        ...(f.clients
          ? []
          : [
              'Algunos terapeutas solo atienden a personas adultas. Otros también atienden a parejas, familias, adolescentes o niños.',
            ]),
        'Si la terapia es para alguien menor de 18 años, puede que una madre, un padre o un tutor tenga que dar su permiso. Lo que se le cuenta a la familia puede depender de la edad y del lugar donde vives. Tu terapeuta puede explicarte cómo funciona.',
      ],
    }),
  },
  {
    id: 'bring-someone',
    category: 'getting-started',
    question: '¿Puedo ir con alguien?',
    answer: () => ({
      short: 'Puedes preguntarnos antes, para que lo organicemos contigo.',
      detail: [
        {
          format: 'in-person',
          block: 'Puedes preguntar si alguien puede acompañarte y esperarte cerca.',
          both: 'Si nos vemos en persona, puedes preguntar si alguien puede acompañarte y esperarte cerca.',
        },
        {
          format: 'online',
          block: 'Puedes preguntar si alguien puede estar contigo durante parte de la llamada.',
          both: 'Si nos vemos en línea, puedes preguntar si alguien puede estar contigo durante parte de la llamada.',
        },
        'Quizá una persona de confianza pueda estar en parte de una sesión. Pero la terapia suele ser solo entre tú y tu terapeuta, para que puedas hablar con libertad.',
        'Si tienes menos de 18 años, puedes preguntar cómo puede participar tu familia.',
      ],
    }),
  },
  {
    id: 'hours',
    category: 'sessions',
    question: '¿Cuándo puedo tener sesiones?',
    answer: (f) => ({
      short: f.hours
        ? `En {practice} ofrecemos sesiones en estos horarios: ${f.hours}.`
        : 'Los horarios cambian, así que pregúntanos qué días y horas podemos ofrecerte.',
      detail: [
        'Nos ayuda saber qué días y horas te vienen mejor. Algunos horarios pueden llenarse antes que otros.',
        'Si tu semana cambia, puedes preguntar si se puede mover una sesión.',
      ],
    }),
  },
  {
    id: 'between-sessions',
    category: 'sessions',
    question: '¿Puedo contactarlos entre sesiones?',
    answer: (f) => ({
      short: f.replyDays
        ? words.replyDays(f.replyDays)
        : 'Puedes preguntarnos cuál es la mejor forma de contactarnos entre sesiones y cuándo respondemos.',
      detail: [
        'Puedes preguntar qué tipo de mensajes está bien enviar, por ejemplo para cambiar una hora.',
        'Si surge algo de lo que quieres hablar, puedes anotarlo y traerlo a tu próxima sesión.',
        '{practice} no es un servicio de emergencias, y puede que no veamos los mensajes enseguida. Si estás en peligro, llama al número de emergencias de tu zona o a una línea de crisis.',
      ],
    }),
  },
  {
    id: 'late',
    category: 'sessions',
    question: '¿Qué pasa si llego tarde?',
    answer: () => ({
      short: 'Si vas a llegar tarde, avísanos si puedes.',
      detail: [
        'Puede que tu sesión termine a la hora de siempre, así que quizá tengas un poco menos de tiempo. Si llegas muy tarde, algunas consultas lo cuentan como una sesión perdida, así que pregúntanos por nuestra regla.',
        'Llegar tarde le pasa a todo el mundo. Nadie te va a juzgar.',
        {
          format: 'online',
          block: 'Si te cuesta entrar, prueba de nuevo el enlace y revisa tus mensajes.',
          both: 'Si nos vemos en línea y te cuesta entrar, prueba de nuevo el enlace y revisa tus mensajes.',
        },
      ],
    }),
  },
  {
    id: 'diagnosis',
    category: 'sessions',
    question: '¿Me van a dar un diagnóstico?',
    answer: () => ({
      short: 'No siempre, y puedes preguntarle a tu terapeuta si te daría uno y qué significaría.',
      detail: {
        generic: [
          diagnosisName,
          'No todos los terapeutas dan un diagnóstico. Algunos se centran en lo que quieres cambiar.',
          diagnosisAsk,
        ],
        us: [
          diagnosisName,
          'Si usas tu seguro, tu plan suele necesitar un diagnóstico para pagar. Entonces tu plan lo recibe junto con otros datos de tu atención.',
          diagnosisAsk,
        ],
      },
    }),
  },
  {
    id: 'unhappy',
    category: 'feelings-fit',
    question: '¿Y si no estoy a gusto con mi terapeuta?',
    answer: () => ({
      short: 'Díselo primero a tu terapeuta o a {practice}, porque muchas dudas se resuelven hablando.',
      detail: {
        generic: [
          unhappyStart,
          'Si un problema serio no se resuelve, puedes contactar al organismo que le da la licencia o el registro a tu terapeuta. Ese organismo fija normas para su trabajo y puede revisar quejas.',
          unhappyUnsafe,
        ],
        us: [
          unhappyStart,
          'Si un problema serio no se resuelve, puedes contactar a la junta de tu estado que da la licencia a tu terapeuta (licensing board). Estas juntas revisan quejas sobre las personas que tienen su licencia.',
          unhappyUnsafe,
        ],
        uk: [
          unhappyStart,
          'Si un problema serio no se resuelve, puedes contactar al organismo en el que tu terapeuta está inscrito. Puede ser el HCPC, o un registro como la BACP o el UKCP. Estos organismos revisan quejas sobre las personas de sus listas.',
          unhappyUnsafe,
        ],
        nz: [
          unhappyStart,
          'Si un problema serio no se resuelve, puedes contactar al Health and Disability Commissioner (comisionado de salud y discapacidad). Revisa quejas sobre servicios de salud. Un servicio gratuito de apoyo puede ayudarte a presentar tu queja.',
          unhappyUnsafe,
        ],
      },
    }),
  },
];
