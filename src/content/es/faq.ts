import { byNumbersShown } from '../jurisdictions.js';
import type { FaqContent, Rich } from '../types.js';

// Español latinoamericano neutro, con tú. Género y profesiones: preferimos palabras que sirven
// para todas las personas («tu terapeuta», «la persona supervisora», «un menor», «en soledad»);
// cuando no las hay, usamos el masculino genérico («los terapeutas», «psicólogos»), sin
// desdoblamientos («niños y niñas», «solo ni sola»). Términos fijos: «Good Faith Estimate
// (estimación de buena fe)» y luego «estimación»; «grave» (no «serio»); «informar» (no «reportar»).

// Bloques compartidos, para que las variantes por jurisdicción solo añadan al texto general.

const bookingDetail: Rich = [
  'Muchas consultas ofrecen primero una llamada corta y gratuita. Es una oportunidad para hacer preguntas y ver cómo te sientes al hablar. No tienes que decidir nada en esa llamada.',
  'Antes de la primera sesión, es posible que te pidan llenar algunos formularios. Si alguna pregunta te resulta difícil, puedes preguntar por ella antes.',
];

const costDetail: Rich = [
  'Puedes preguntar sin problema cuánto cuesta cada sesión, cómo y cuándo se paga, y si la primera llamada o sesión tiene algún costo.',
  'Si el dinero te preocupa, cuéntanoslo. Podemos hablarlo contigo, sin ninguna presión.',
];

const confidentialitySuicide =
  'Hablar de pensamientos de suicidio no significa, por sí solo, que se vaya a compartir tu información. Lo más habitual es que prepares con tu terapeuta un plan para ayudarte a estar a salvo.';

const confidentialitySupervision =
  'Los terapeutas también hablan de su trabajo con una persona supervisora. Es una parte normal de una buena atención. Por lo general, omiten los datos que podrían mostrar quién eres.';

const confidentialityAsk =
  'Las reglas cambian según el lugar y la profesión. Pregúntanos por nuestra propia política.';

const confidentialityGeneric: Rich = [
  'Tu terapeuta mantiene en privado lo que compartes. Pero hay algunos límites. Es posible que tu terapeuta tenga que compartir cierta información si:',
  {
    list: [
      'Alguien corre un riesgo grave de sufrir daño',
      'Un menor o un adulto vulnerable puede estar en riesgo',
      'Un tribunal lo ordena',
      'La ley lo exige de alguna otra forma',
    ],
  },
  'Cuando es seguro y está permitido, muchos terapeutas hablan primero contigo antes de compartir nada.',
  confidentialitySuicide,
  confidentialitySupervision,
  confidentialityAsk,
];

const recordsGeneric: Rich = [
  'Tu terapeuta guarda algunas notas, como las fechas de tus sesiones y los temas que trabajaron. Solo deberían verlas las personas que las necesitan para atenderte.',
  'En muchos lugares puedes pedir ver tu expediente. También puedes pedir que se corrijan errores. En casos poco frecuentes, algunas partes pueden reservarse para proteger a alguien.',
  'Otras personas, como una aseguradora o un tribunal, solo pueden ver algunos datos en ciertos casos. Pregúntanos cómo protegemos tu expediente y durante cuánto tiempo lo guardamos.',
];

const doctorGeneric: Rich = [
  'A algunas personas les gusta que su terapeuta y su médico trabajen en coordinación, por ejemplo, sobre la medicación. Otras prefieren mantenerlos por separado. Las dos opciones están bien.',
  'Tu terapeuta puede explicarte qué compartiría y por qué. Puedes preguntar qué se ha compartido.',
  'Los límites habituales de la privacidad siguen aplicándose. Pregúntanos por nuestra propia política.',
];

// Solo donde la página muestra los números de la jurisdicción bajo la respuesta: generic no muestra ninguno.
const crisisShort =
  'Si estás en peligro ahora, llama al número de emergencias de tu zona o a una línea de crisis. Abajo verás los números de donde vives.';

const howManyDetail: Rich = [
  'Algunas personas vienen unas pocas sesiones para trabajar un tema concreto. Otras vienen durante meses o más. Depende de lo que traigas, del tipo de terapia y de lo que quieras.',
  'Tu terapeuta puede proponer un número de sesiones para empezar y luego una revisión. Puedes preguntar por esto en cualquier momento. También puedes parar cuando tú decidas.',
];

export const faq: FaqContent = {
  title: 'Preguntas frecuentes antes de empezar terapia',
  intro:
    'Empezar terapia puede traer muchas preguntas. Aquí tienes respuestas sencillas a las que más oímos. Y siempre puedes preguntarnos lo que quieras.',
  categories: [
    { id: 'getting-started', label: 'Primeros pasos' },
    { id: 'cost', label: 'Costo y seguro' },
    { id: 'sessions', label: 'Las sesiones' },
    { id: 'privacy', label: 'Privacidad' },
    { id: 'online', label: 'Terapia en línea' },
    { id: 'feelings-fit', label: 'Emociones y afinidad' },
  ],
  items: [
    // ------------------------------------------------------------ Primeros pasos
    {
      id: 'booking',
      category: 'getting-started',
      question: '¿Cómo reservo una primera sesión?',
      short:
        'Puedes ponerte en contacto con {practice} de la forma que te resulte más cómoda, y buscaremos contigo un horario.',
      detail: {
        generic: bookingDetail,
        uk: [
          ...bookingDetail,
          'En Inglaterra también puedes pedir cita directamente, sin derivación, en NHS Talking Therapies, el servicio gratuito de terapia del sistema público. No necesitas ver antes a tu médico de cabecera (GP). El primer paso suele ser una conversación de unos 30 minutos, a menudo por teléfono. Puede haber lista de espera.',
          'En otras partes del Reino Unido, los servicios funcionan de otra manera. Tu médico de cabecera (GP) puede decirte qué hay disponible cerca de ti.',
        ],
      },
    },
    {
      id: 'first-session',
      category: 'getting-started',
      question: '¿Qué pasa en la primera sesión?',
      short:
        'La primera sesión es sobre todo una oportunidad para conocerse, hablar de lo que te trae y preguntar lo que quieras.',
      detail: [
        'Es posible que tu terapeuta te explique:',
        {
          list: [
            'Su formación y con qué organismo tiene licencia o registro',
            'Cómo funciona la privacidad y cuáles son sus límites',
            'El tipo de terapia que ofrece',
            'Cuánto duran las sesiones y cada cuánto son',
            'Los honorarios y qué pasa si faltas a una sesión',
          ],
        },
        'También hay espacio para ti. Puedes contar tus esperanzas, tus preocupaciones y cualquier cosa que haga las sesiones más fáciles para ti.',
        'Es cosa de dos. Tú también estás decidiendo si esta persona es adecuada para ti. Tú marcas el ritmo, y no tienes que contarlo todo.',
      ],
    },
    {
      id: 'what-to-bring',
      category: 'getting-started',
      question: '¿Qué debo llevar a mi primera sesión?',
      short:
        'No necesitas llevar nada, pero unas notas pueden ayudarte si sueles olvidar cosas cuando tienes nervios.',
      detail: [
        'Algunas cosas que a la gente le resultan útiles:',
        {
          list: [
            'Los formularios que te pidieron llenar',
            'Tus preguntas, por escrito',
            'Una lista de los medicamentos que tomas',
            'Los datos del seguro o plan de salud que quieras usar',
            'Agua, tus lentes o cualquier cosa que te ayude a estar a gusto',
          ],
        },
        {
          format: 'online',
          block:
            'Para una sesión en línea, ayuda tener un dispositivo con batería, auriculares y un lugar tranquilo.',
          both: 'Si nos vemos en línea, ayuda tener un dispositivo con batería, auriculares y un lugar tranquilo.',
        },
        'Si olvidas algo, no pasa nada. Puede esperar a la próxima vez.',
      ],
    },
    {
      id: 'what-to-say',
      category: 'getting-started',
      question: '¿Qué digo? ¿Y si no sé por dónde empezar?',
      short: 'No necesitas preparar nada, porque tu terapeuta te hará preguntas para ayudarte a empezar.',
      detail: [
        'A mucha gente le preocupa no tener nada que decir, o decirlo mal. No hay una forma equivocada de empezar. Puedes decir: «No sé muy bien por dónde empezar». Ese es un buen punto de partida.',
        'Si te sirven algunas ideas, podrías hablar de:',
        {
          list: [
            'Qué te hizo buscar ayuda ahora',
            'Cómo es un día difícil para ti',
            'Qué te gustaría que fuera diferente',
            'Qué te preocupa de la terapia',
          ],
        },
        'Tú eliges qué compartir y cuándo.',
      ],
    },
    {
      id: 'nervous',
      category: 'getting-started',
      question: 'Empezar me da nervios. ¿Es normal?',
      short: 'Sí, sentir nervios es muy común, y puedes decirle a tu terapeuta cómo te sientes.',
      detail: [
        'Conocer a alguien nuevo y hablar de cosas personales puede costar. Mucha gente siente preocupación antes de la primera sesión. A algunas personas les dura unas cuantas sesiones.',
        'Decir en voz alta «me dan nervios» puede ayudar. Tu terapeuta puede ir más despacio, explicarte lo que viene o hacer una pausa. Puedes hacer preguntas en cualquier momento.',
        'Tú llevas el ritmo. Puedes tomarte un descanso o elegir no responder a una pregunta.',
      ],
    },
    {
      id: 'goals',
      category: 'getting-started',
      question: '¿Necesito tener objetivos antes de empezar?',
      short:
        'No, no necesitas objetivos claros para empezar, porque descubrirlos con tu terapeuta es parte de la terapia.',
      detail: [
        'Algunas personas llegan con una meta clara. Otras solo saben que algo no va bien. Las dos cosas están bien.',
        'En las primeras sesiones, tú y tu terapeuta pueden acordar en qué quieren trabajar y cómo. Los objetivos pueden ser pequeños, como dormir mejor o sentir menos soledad. Pueden cambiar con el tiempo.',
        'Tener un plan compartido ayuda a muchas personas a sentirse más tranquilas. Puedes cambiarlo en cualquier momento.',
      ],
    },
    {
      id: 'qualifications',
      category: 'getting-started',
      question: '¿Cómo sé si mi terapeuta tiene la formación adecuada?',
      short:
        'Puedes preguntar por la formación de tu terapeuta y con qué organismo tiene licencia o registro, y debería contártelo con gusto.',
      detail: {
        generic: [
          'Los terapeutas pueden tener distintos títulos, como psicólogo, psicoterapeuta o trabajador social. Las reglas sobre estos títulos cambian de un lugar a otro.',
          'Muchos terapeutas tienen licencia o están inscritos en un organismo profesional. Ese organismo fija normas para un trabajo seguro y ético. A menudo puedes buscar su nombre en una lista pública.',
          'Siempre está bien preguntar. Tu terapeuta también puede hablarte de esto en la primera sesión.',
        ],
        uk: [
          'Los terapeutas pueden tener distintos títulos, como counsellor (consejero), psicoterapeuta o psicólogo.',
          'En el Reino Unido, los títulos «counsellor» y «psychotherapist» no están protegidos por la ley. Cualquier persona puede usarlos. Por eso conviene comprobar que tu terapeuta está en un registro acreditado (Accredited Register). Estos registros los aprueba la Professional Standards Authority. Algunos ejemplos son los registros de la BACP, el UKCP y la NCPS.',
          'Algunos títulos sí están protegidos, como psicólogo clínico o psicólogo de la orientación (counselling psychologist). Quienes los usan deben estar registrados en el HCPC. Puedes consultar su registro público.',
          'Siempre está bien preguntar. Tu terapeuta también puede hablarte de esto en la primera sesión.',
        ],
      },
    },
    {
      id: 'experience',
      category: 'getting-started',
      question: '¿Has trabajado con problemas como el mío?',
      short:
        'Puedes preguntar a tu terapeuta por su experiencia con lo que estás viviendo, antes o durante la primera sesión.',
      detail: [
        'Podrías preguntar:',
        {
          list: [
            '¿Has trabajado con personas que pasan por algo así?',
            '¿Cómo sueles trabajar con esto?',
            '¿Cómo podría ser la terapia para mí?',
          ],
        },
        'Si un terapeuta no tiene la experiencia adecuada, puede recomendarte a alguien que sí la tenga. No es un rechazo. Es parte de ayudarte a encontrar el apoyo que necesitas.',
      ],
    },
    {
      id: 'therapy-type',
      category: 'getting-started',
      question: '¿Qué tipo de terapia voy a recibir?',
      short:
        'Depende de lo que necesites y de la formación de tu terapeuta, que puede explicarte su enfoque con palabras sencillas.',
      detail: [
        'Hay muchos tipos de terapia psicológica. Algunos, como la terapia cognitivo-conductual (TCC o CBT), se centran en cómo se conectan los pensamientos, las emociones y las acciones. Otros miran las emociones, el pasado o las relaciones. Algunos combinan varias formas de trabajar.',
        'Algunos tipos usan pequeñas tareas entre sesiones, como practicar una habilidad nueva. Otros no.',
        'Puedes preguntar por qué tu terapeuta te propone un tipo de terapia y en qué consiste. Si algo no te parece bien, puedes decirlo.',
      ],
    },

    // ------------------------------------------------------------ Costo y seguro
    {
      id: 'cost',
      category: 'cost',
      question: '¿Cuánto cuesta la terapia?',
      short: {
        generic:
          'Los precios cambian de un lugar a otro, y en {practice} te diremos el costo antes de empezar.',
        us: 'Los precios varían, y en {practice} te diremos el costo antes de empezar, tanto si pagas tú como si usas tu seguro.',
        uk: 'Los precios privados varían, y en {practice} te diremos el costo antes de empezar.',
        au: 'Los precios varían, y en {practice} te diremos el costo antes de empezar y qué podría ayudarte a pagarlo.',
        nz: 'Los precios varían, y en {practice} te diremos el costo antes de empezar y qué podría ayudarte a pagarlo.',
      },
      detail: {
        generic: [
          ...costDetail,
          'Algunas consultas ofrecen precios más bajos para personas con pocos ingresos. Un plan de salud o un seguro puede pagar parte del costo.',
        ],
        us: [
          ...costDetail,
          'Si usas tu seguro, lo que pagues puede depender de tu plan, por ejemplo, de un copago (copay) o un deducible (deductible).',
          'Si no tienes seguro, o decides no usarlo, normalmente tienes derecho a un Good Faith Estimate (estimación de buena fe). Es una estimación por escrito de lo que puede costar tu atención.',
        ],
        uk: [
          ...costDetail,
          'Algunos seguros médicos privados pueden pagar la terapia. Consulta antes con tu aseguradora.',
          'En Inglaterra, NHS Talking Therapies es gratuito, y puedes pedir cita directamente, sin derivación. Puede haber lista de espera.',
        ],
        au: [
          ...costDetail,
          'Medicare puede pagar parte del costo con el programa Better Access. Cubre algunas sesiones con psicólogos y con trabajadores sociales y terapeutas ocupacionales que cumplan los requisitos. No cubre a counsellors ni a psicoterapeutas. Para usarlo, habla antes con tu médico de cabecera (GP).',
          'Un seguro médico privado también puede ayudar. Pregúntanos qué se aplica a nuestras sesiones.',
        ],
        nz: [
          ...costDetail,
          'Si has vivido abuso o agresión sexual, ACC puede pagar tu terapia. No importa cuándo pasó, y no hace falta que lo hayas contado a la policía. Pregúntanos a nosotros o a tu médico de cabecera (GP) cómo empezar.',
        ],
      },
    },
    {
      id: 'insurance',
      category: 'cost',
      question: '¿Puedo usar mi seguro o mi plan de salud?',
      short: {
        generic:
          'Depende de tu plan y de la consulta, así que pregúntanos a nosotros y a tu plan antes de empezar.',
        us: 'Es posible, así que pregúntanos si estamos dentro de la red de tu plan y revisa tus beneficios con tu plan.',
        uk: 'Algunos seguros médicos privados pueden pagar la terapia, así que consulta antes con tu aseguradora.',
        au: 'Medicare o un seguro médico privado pueden ayudar con algunos tipos de terapeuta, así que consulta antes.',
      },
      detail: {
        generic: [
          'Algunas consultas trabajan con seguros o planes de salud, y otras no. Un plan puede pagar todo el costo, una parte o nada.',
          'Preguntas que podrías hacerle a tu plan:',
          {
            list: [
              '¿Cubren la terapia psicológica?',
              '¿Necesito una derivación antes?',
              '¿Cuántas sesiones cubren?',
              '¿Cuánto pagaré cada vez?',
            ],
          },
          'Si un plan paga, puede necesitar algunos datos sobre tu atención. Pregúntanos qué se compartiría.',
        ],
        us: [
          'Si estamos dentro de la red de tu plan (in-network), podemos enviarle la factura a tu plan por ti. Si no, tu plan aún puede devolverte parte del costo. Esto se llama cobertura fuera de la red (out-of-network).',
          'Preguntas que podrías hacerle a tu plan:',
          {
            list: [
              '¿Cubren la atención de salud mental ambulatoria?',
              '¿Necesito una derivación antes?',
              '¿Cuál es mi deducible, copago o coaseguro?',
              '¿Hay un límite de sesiones?',
              { format: 'online', line: '¿Cubren las sesiones en línea?' },
            ],
          },
          'Cuando el seguro paga, tu plan suele recibir algunos datos. A menudo incluyen un diagnóstico, las fechas de tus sesiones, tu plan de tratamiento y tu progreso.',
          'Si pagas tú el costo completo de un servicio, puedes pedirnos que no se lo informemos a tu plan. Según HIPAA, una consulta cubierta por esa ley debe aceptar.',
        ],
        uk: [
          'Cada seguro es distinto. Algunos piden antes una derivación de tu médico de cabecera (GP). Otros solo pagan a ciertos tipos de terapeuta. Pregunta a tu aseguradora qué cubre y cuántas sesiones.',
          'También puedes preguntarnos si trabajamos con tu aseguradora.',
          'En Inglaterra, NHS Talking Therapies es gratuito, así que no necesitas seguro para usarlo.',
        ],
        au: [
          'Medicare puede pagar parte del costo con el programa Better Access. Cubre algunas sesiones con psicólogos y con trabajadores sociales y terapeutas ocupacionales que cumplan los requisitos. No cubre a counsellors ni a psicoterapeutas. Para usarlo, habla antes con tu médico de cabecera (GP).',
          'Si tienes un seguro médico privado, pregunta a tu aseguradora qué cubre. Pregúntanos qué se aplica a nuestras sesiones.',
        ],
      },
    },
    {
      id: 'superbills',
      category: 'cost',
      question: '¿Puedo recuperar parte del costo con mi seguro?',
      short: {
        generic: 'Es posible, así que pídenos un recibo con los datos que necesita tu plan o tu aseguradora.',
        us: 'Es posible, si tu plan tiene beneficios fuera de la red, y puedes pedirnos un superbill para enviarlo a tu plan.',
      },
      detail: {
        generic: [
          'Algunos planes de salud devuelven parte del costo cuando ves a un terapeuta con el que no trabajan directamente. Tú nos pagas y luego envías un recibo a tu plan.',
          'Si te devuelven dinero, y cuánto, lo decide tu plan. Consulta con tu plan antes de empezar, para saber qué esperar.',
        ],
        us: [
          'Un superbill es un recibo detallado. Incluye datos como las fechas de tus sesiones, los precios, el tipo de servicio y un código de diagnóstico. Lo envías a tu plan para pedir que te devuelvan parte del costo.',
          'Tu plan decide cuánto paga. Puede que primero tengas que cubrir un deducible fuera de la red. Algunos planes no pagan la atención fuera de la red.',
          'Un superbill comparte algunos datos de salud con tu plan, como un diagnóstico. Pregúntanos si tienes dudas sobre esto.',
        ],
      },
    },
    {
      id: 'sliding-scale',
      category: 'cost',
      question: '¿Ofrecen precios más bajos si no puedo pagar el precio completo?',
      short:
        'Algunas consultas reservan unos pocos lugares con precio reducido, a veces llamado escala móvil, así que pregúntanos qué podemos ofrecerte.',
      detail: {
        generic: [
          'Una escala móvil significa que el precio se ajusta a lo que puedes pagar. No todas las consultas la tienen, y los lugares pueden ser limitados.',
          'Nadie te va a juzgar por preguntar. Si no podemos ayudarte, quizá podamos sugerirte opciones gratuitas o más económicas cerca de ti.',
        ],
        uk: [
          'Una escala móvil significa que el precio se ajusta a lo que puedes pagar. No todas las consultas la tienen, y los lugares pueden ser limitados.',
          'Nadie te va a juzgar por preguntar. Si no podemos ayudarte, quizá podamos sugerirte opciones gratuitas o más económicas cerca de ti.',
          'En Inglaterra, NHS Talking Therapies es gratuito, y puedes pedir cita directamente, sin derivación.',
        ],
      },
    },
    {
      id: 'good-faith-estimate',
      category: 'cost',
      question: '¿Pueden darme una estimación de lo que costará la terapia?',
      short: {
        generic:
          'Sí, puedes pedir en {practice} una estimación por escrito de lo que pueden costar tus sesiones.',
        us: 'Sí, si no tienes seguro o no piensas usarlo, normalmente tienes derecho a un Good Faith Estimate (estimación de buena fe) de tus costos.',
      },
      detail: {
        generic: [
          'Al principio es difícil saber cuántas sesiones vas a querer. Por eso, la estimación puede cubrir un número fijo de sesiones, y se puede actualizar más adelante.',
          'Pídenos que te expliquemos cualquier cosa que no esté clara, como el precio de las sesiones a las que faltes.',
        ],
        us: [
          'Este derecho viene de la ley No Surprises Act, vigente desde enero de 2022. Cubre a la mayoría de las personas que pagan por su cuenta. No cubre a quienes están inscritos en algunos programas federales de salud. La estimación debe darse por escrito. Puedes pedirla antes de reservar.',
          'Al principio es difícil saber cuántas sesiones vas a querer. Por eso, la estimación puede cubrir un número fijo de sesiones, y se puede actualizar más adelante.',
          'Guarda una copia de tu estimación. Si tu factura final la supera en $400 o más, puedes reclamar. Primero, puedes pedirnos que revisemos la factura. También puedes iniciar un proceso federal de reclamación. Debes iniciarlo en los 120 días siguientes a la fecha de la factura.',
        ],
      },
    },
    {
      id: 'cancellation',
      category: 'cost',
      question: '¿Qué pasa si necesito cancelar o faltar a una sesión?',
      short:
        'Avísanos en cuanto puedas y pregunta por nuestras reglas, porque una cancelación tardía puede tener un cargo.',
      detail: [
        'Muchas consultas piden un aviso previo, por ejemplo de 24 o 48 horas. Una sesión a la que faltas, o que cancelas tarde, puede cobrarse completa o en parte. Tu terapeuta debería explicártelo antes de empezar.',
        'Las enfermedades, el cuidado de otras personas y las emergencias son parte de la vida. Puedes preguntarnos cómo manejamos estas situaciones.',
        'Si te cuesta venir, o quieres hacer una pausa, puedes decirlo. Podemos hablarlo sin culpas.',
      ],
    },

    // ------------------------------------------------------------ Las sesiones
    {
      id: 'session-length',
      category: 'sessions',
      question: '¿Cuánto dura una sesión?',
      short: 'Las sesiones en {practice} suelen durar unos {minutes} minutos.',
      detail: [
        'Muchos terapeutas trabajan con sesiones de entre 45 y 60 minutos. La primera sesión puede ser un poco más larga o más corta, así que vale la pena preguntar.',
        'Tu terapeuta está pendiente de la hora. Cerca del final, puede ayudarte a bajar el ritmo para que salgas con calma.',
        'Si necesitas un descanso durante una sesión, puedes pedirlo.',
      ],
    },
    {
      id: 'how-often',
      category: 'sessions',
      question: '¿Con qué frecuencia tendré sesiones?',
      short:
        'Muchas personas empiezan con una sesión por semana, pero tú y tu terapeuta pueden acordar lo que mejor te funcione.',
      detail: [
        'Las sesiones semanales pueden ayudar a crear confianza y a mantener el avance. Más adelante, algunas personas pasan a una sesión cada dos semanas, o menos.',
        'La frecuencia también puede depender del costo, del tiempo y de lo que necesites. Puedes hablar de cambiarla en cualquier momento.',
      ],
    },
    {
      id: 'how-many-sessions',
      category: 'sessions',
      question: '¿Cuántas sesiones voy a necesitar?',
      short: 'No hay un número fijo, y tú y tu terapeuta pueden revisar cómo van las cosas.',
      detail: {
        generic: howManyDetail,
        uk: [
          ...howManyDetail,
          'En Inglaterra, los servicios de NHS Talking Therapies suelen ofrecer entre 6 y 10 sesiones. La terapia privada puede ser más corta o más larga.',
        ],
      },
    },
    {
      id: 'progress',
      category: 'sessions',
      question: '¿Cómo sabré si la terapia me está ayudando?',
      short:
        'Tú y tu terapeuta pueden revisar tu progreso, hablando de tus objetivos y a veces con cuestionarios breves.',
      detail: [
        'El cambio suele llegar poco a poco. Algunas semanas pueden ser más difíciles que otras, y eso puede ser parte del trabajo.',
        'Algunas señales de progreso pueden ser:',
        {
          list: [
            'Manejar un poco mejor los momentos difíciles',
            'Entenderte mejor',
            'Hacer más de las cosas que te importan',
            'Sentirte más cerca de tus objetivos',
          ],
        },
        'Tu opinión importa. Si algo no te está ayudando, dilo. Tu terapeuta puede cambiar el plan contigo.',
      ],
    },
    {
      id: 'medication',
      category: 'sessions',
      question: '¿Mi terapeuta puede recetarme medicamentos?',
      short:
        'La mayoría de los terapeutas no pueden recetar medicamentos, pero tu terapeuta puede hablar contigo del tema y puede trabajar con un médico que sí pueda.',
      detail: [
        'Los medicamentos los recetan los médicos y algunos otros profesionales de la salud, como tu médico de familia o un psiquiatra.',
        'Algunas personas combinan terapia y medicación. Otras solo hacen terapia. Es tu decisión, tomada con tu médico.',
        'Por favor, no dejes ni cambies un medicamento sin hablar antes con tu médico. Puedes contarle a tu terapeuta qué medicamentos tomas.',
      ],
    },

    // ------------------------------------------------------------ Privacidad
    {
      id: 'confidentiality',
      category: 'privacy',
      question: '¿Lo que digo se queda en privado?',
      short:
        'Casi todo lo que dices se queda en privado, pero hay algunos límites, y tu terapeuta te los explicará al principio.',
      detail: {
        generic: confidentialityGeneric,
        us: [
          'Tu terapeuta mantiene en privado lo que compartes. Si somos una entidad cubierta por HIPAA, en tu primera visita recibirás un Notice of Privacy Practices (aviso de prácticas de privacidad). Explica cómo se usa y se comparte tu información.',
          'Hay algunos límites. Según tu estado, es posible que tu terapeuta tenga que compartir cierta información si:',
          {
            list: [
              'Alguien corre un riesgo grave e inminente de sufrir daño',
              'Un menor puede estar sufriendo abuso o abandono',
              'Una persona mayor o un adulto dependiente puede estar sufriendo abuso',
              'Un tribunal lo ordena',
            ],
          },
          confidentialitySuicide,
          confidentialitySupervision,
          'Las reglas cambian de un estado a otro. Pregúntanos por nuestra propia política.',
        ],
        uk: [
          'Tu terapeuta mantiene en privado lo que compartes. El acuerdo que hagan al principio debería explicar los límites que se puedan prever. Es posible que tu terapeuta tenga que compartir cierta información si:',
          {
            list: [
              'Alguien corre un riesgo de sufrir un daño grave',
              'Hay preocupación por la protección (safeguarding) de un menor o de un adulto vulnerable',
              'Un tribunal lo ordena',
              'La ley lo exige, por ejemplo para ayudar a prevenir el terrorismo',
            ],
          },
          'Una nueva ley, la Crime and Policing Act 2026, crea en Inglaterra la obligación de informar del abuso sexual infantil. Es para quienes trabajan con menores en ciertas funciones. Se aplica cuando entre en vigor.',
          'En Irlanda del Norte, la ley es distinta. Quien sepa de un delito grave podría tener que informar a la policía, salvo que tenga un buen motivo para no hacerlo.',
          'Cuando la ley lo permite, tu terapeuta normalmente hablará antes contigo. Solo debería compartir lo necesario.',
          confidentialitySuicide,
          confidentialitySupervision,
          'Pregúntanos por nuestra propia política.',
        ],
        ca: [
          'Tu terapeuta mantiene en privado lo que compartes. Muchos terapeutas privados deben cumplir leyes de privacidad. Puede ser PIPEDA, la ley federal, o una ley de tu provincia. Cada profesión también tiene sus normas. Es posible que tu terapeuta tenga que compartir cierta información si:',
          {
            list: [
              'Alguien corre un riesgo importante de sufrir un daño grave',
              'Un menor puede necesitar protección',
              'Un adulto que no puede protegerse puede estar en riesgo, en algunas provincias',
              'Un tribunal lo ordena',
            ],
          },
          confidentialitySuicide,
          confidentialitySupervision,
          'Las reglas cambian de una provincia a otra. Pregúntanos por nuestra propia política.',
        ],
        au: [
          'Tu terapeuta mantiene en privado lo que compartes. Los profesionales de salud privados deben cumplir la Privacy Act 1988 y los Australian Privacy Principles (principios de privacidad de Australia).',
          'Hay algunos límites. Tu terapeuta puede compartir cierta información para reducir una amenaza grave para la vida, la salud o la seguridad de alguien, o si un tribunal lo ordena. Las reglas para informar de sospechas de abuso infantil cambian según el estado o territorio.',
          confidentialitySuicide,
          confidentialitySupervision,
          'Pregúntanos por nuestra propia política.',
        ],
        ie: [
          'Tu terapeuta mantiene en privado lo que compartes. Pero hay algunos límites. Es posible que tu terapeuta tenga que compartir cierta información si:',
          {
            list: [
              'Alguien corre un riesgo grave de sufrir daño',
              'Un menor puede estar en riesgo de sufrir daño',
              'Un tribunal lo ordena',
            ],
          },
          'Según la Children First Act 2015, los counsellors, los psicoterapeutas y los psicólogos son «personas obligadas» (mandated persons). Deben informar a Tusla, la agencia de la infancia y la familia, de ciertas preocupaciones sobre daño a menores.',
          confidentialitySuicide,
          confidentialitySupervision,
          'Pregúntanos por nuestra propia política.',
        ],
        nz: [
          'Tu terapeuta mantiene en privado lo que compartes. Pero hay algunos límites.',
          'Según el Health Information Privacy Code 2020, tu terapeuta puede compartir cierta información para evitar o reducir una amenaza grave para la vida o la salud de alguien. Un tribunal también puede ordenar que se comparta tu expediente.',
          'Cualquier persona puede avisar si le preocupa la seguridad de un menor. Para la mayoría de las personas, esto está permitido, pero no es obligatorio.',
          confidentialitySuicide,
          confidentialitySupervision,
          'Pregúntanos por nuestra propia política.',
        ],
      },
    },
    {
      id: 'records',
      category: 'privacy',
      question: '¿Quién puede ver mi expediente?',
      short:
        'Tu expediente se guarda en privado y de forma segura, y en la mayoría de los casos puedes pedir ver lo que contiene.',
      detail: {
        generic: recordsGeneric,
        us: [
          'Si somos una entidad cubierta por HIPAA, tienes derecho a:',
          {
            list: [
              'Ver tu expediente y recibir una copia, por lo general en un plazo de 30 días',
              'Pedir que se corrijan errores',
              'Recibir una lista de algunas de las veces en que se compartió tu información',
              'Presentar una queja ante el Departamento de Salud y Servicios Humanos de EE. UU.',
            ],
          },
          'Las notas de psicoterapia (psychotherapy notes) tienen una protección extra. Son las notas propias y separadas de tu terapeuta sobre las sesiones. Tu diagnóstico, las fechas, tu plan de tratamiento y tus medicamentos no forman parte de ellas.',
          'Tu derecho a ver tu expediente no incluye las notas de psicoterapia. Para el resto, solo se puede negar el acceso en casos poco frecuentes. Un ejemplo es cuando es probable que ponga en riesgo la vida o la seguridad de alguien.',
          'También puedes pedirnos que te contactemos de cierta forma, por ejemplo a tu propio teléfono o a otra dirección. Debemos aceptar si la petición es razonable. No tienes que decir por qué. Esto puede ayudarte si quieres que alguien con quien vives no sepa de tu terapia.',
          'Si usas tu seguro, tu plan suele recibir algunos datos, como un diagnóstico y las fechas. Un tribunal puede ordenar que se entregue tu expediente, pero solo lo que indique la orden.',
        ],
        uk: [
          'Tu terapeuta guarda algunas notas, como las fechas de tus sesiones y los temas que trabajaron. Según el UK GDPR y la Data Protection Act 2018, los datos de salud tienen una protección extra.',
          'Puedes pedir una copia de tu expediente gratis. Esto se llama subject access request (solicitud de acceso a tus datos). Deberías recibir respuesta en un mes. En algunos casos, puede tardar hasta dos meses más.',
          'En ciertos casos, se puede reservar parte de la información. Por ejemplo, datos de salud que podrían causar un daño grave, o datos sobre otra persona. Un tribunal puede ordenar que se entregue tu expediente.',
          'Pregúntanos cómo protegemos tu expediente y durante cuánto tiempo lo guardamos.',
        ],
        au: [
          'Tu terapeuta guarda algunas notas, como las fechas de tus sesiones y los temas que trabajaron. Según la Privacy Act 1988, los profesionales de salud privados deben proteger tu información.',
          'Por lo general, puedes pedir ver tu expediente y que se corrijan errores. En casos poco frecuentes, algunas partes pueden reservarse.',
          'Pregúntanos cómo protegemos tu expediente y durante cuánto tiempo lo guardamos.',
        ],
        nz: [
          'Tu terapeuta guarda algunas notas, como las fechas de tus sesiones y los temas que trabajaron. Según el Health Information Privacy Code 2020, debe proteger esta información.',
          'Por lo general, puedes pedir ver tu información de salud y que se corrijan errores. En casos poco frecuentes, algunas partes pueden reservarse.',
          'Pregúntanos cómo protegemos tu expediente y durante cuánto tiempo lo guardamos.',
        ],
      },
    },
    {
      id: 'doctor',
      category: 'privacy',
      question: '¿Vas a hablar con mi médico?',
      short: {
        generic:
          'Muchos terapeutas te preguntan antes de hablar con tu médico, así que pregúntanos cómo lo hacemos.',
        uk: 'En los servicios del NHS es habitual compartir información con tu médico de cabecera (GP), mientras que en la terapia privada pueden preguntarte antes.',
      },
      detail: {
        generic: doctorGeneric,
        uk: [
          'En los servicios del NHS, normalmente te dirán qué se comparte con tu médico de cabecera (GP) y por qué.',
          ...doctorGeneric,
        ],
      },
    },

    // ------------------------------------------------------------ Terapia en línea
    {
      id: 'online',
      category: 'online',
      question: '¿Cómo es la terapia en línea? ¿Es privada?',
      short:
        'La terapia en línea funciona bien para muchas personas, y las sesiones con {practice} pueden ser {format}.',
      detail: [
        'Las sesiones en línea son por videollamada o por teléfono. A muchas personas les resulta más fácil encajarlas en su semana.',
        {
          format: 'both',
          block:
            'Otras prefieren estar en la misma sala que su terapeuta. Las dos opciones están bien, y puedes decir qué prefieres.',
        },
        'Para ayudar a que tu sesión sea privada:',
        {
          list: [
            'Busca un lugar donde nadie pueda oírte, si es posible',
            'Usa auriculares',
            'Usa tu propio dispositivo y evita el wifi público si puedes',
            'Cierra otras aplicaciones y apaga las notificaciones',
          ],
        },
        'Si en casa te cuesta tener privacidad, díselo a tu terapeuta. Algunas personas usan un auto estacionado o una sala tranquila en el trabajo. Entre ambos pueden encontrar una forma que funcione.',
        'Puedes preguntarnos cómo protege nuestro servicio de video la privacidad de tu sesión. Además, algunas reglas pueden limitar dónde puedes estar durante una sesión, así que dinos dónde vas a estar.',
      ],
    },
    {
      id: 'tech-problems',
      category: 'online',
      question: '¿Qué pasa si se corta la conexión durante una sesión en línea?',
      short:
        'Le pasa a todo el mundo, y los terapeutas suelen tener un plan, como volver a llamarte o probar de nuevo el enlace.',
      detail: [
        'Los problemas técnicos le pasan a todo el mundo. Al principio, tu terapeuta puede acordar contigo un plan de respaldo, como un número de teléfono por si falla el video.',
        'Si se corta la llamada:',
        {
          list: [
            'Intenta volver a entrar con el mismo enlace',
            'Espera unos minutos a que tu terapeuta se ponga en contacto',
            'Revisa tu teléfono y tus mensajes',
          ],
        },
        'Si estaban hablando de algo difícil, puedes decirlo cuando vuelvan a conectarse. Si no te sientes a salvo y no puedes comunicarte con tu terapeuta, llama al número de emergencias de tu zona o a una línea de crisis.',
      ],
    },

    // ------------------------------------------------------------ Emociones y afinidad
    {
      id: 'fit',
      category: 'feelings-fit',
      question: '¿Y si siento que mi terapeuta no es la persona adecuada para mí?',
      short: 'Está bien decirlo, y está bien cambiar de terapeuta si sigues sintiendo que no encaja.',
      detail: [
        'Sentir que estás a salvo y que tu terapeuta te entiende importa mucho. Las investigaciones muestran que un buen vínculo entre ustedes está relacionado con lo bien que funciona la terapia.',
        'Puede llevar unas cuantas sesiones saberlo. Si algo no te encaja, puedes decírselo a tu terapeuta. Los buenos terapeutas lo agradecen, y hablarlo a menudo ayuda.',
        'Si sigues sin sentirte a gusto, puedes pedir ver a otra persona. Tu terapeuta puede ayudarte a encontrarla. Nadie te va a juzgar ni a culpar.',
      ],
    },
    {
      id: 'crying',
      category: 'feelings-fit',
      question: '¿Y si lloro en una sesión?',
      short: 'Llorar es muy común en terapia, y está totalmente bien.',
      detail: [
        'La terapia puede despertar emociones fuertes. Las lágrimas son una reacción normal, y los terapeutas están acostumbrados a ellas. Puedes tomarte tu tiempo.',
        {
          format: 'in-person',
          block: 'En la sala habrá pañuelos.',
          both: 'Si nos vemos en persona, habrá pañuelos en la sala.',
        },
        'También puede que sientas cansancio, tristeza o agitación después de una sesión. Eso también es normal. Puede ayudarte planear algo tranquilo para más tarde ese día.',
        'Si las emociones siguen siendo muy fuertes o no te sientes a salvo, díselo a tu terapeuta, o llama al número de emergencias de tu zona o a una línea de crisis.',
      ],
    },
    {
      id: 'trauma',
      category: 'feelings-fit',
      question: '¿Tengo que hablar de un trauma desde el principio?',
      short:
        'No, tú eliges qué compartir y cuándo, y no tienes que hablar de nada hasta que sientas que es el momento.',
      detail: [
        'A mucha gente le preocupa tener que contar toda su historia de una vez. No tienes que hacerlo. Está bien decir: «Todavía no quiero hablar de eso».',
        'Un buen terapeuta te ayudará primero a sentir seguridad y calma. Puedes ir a tu ritmo, tomar descansos o parar en cualquier momento.',
        'Si una pregunta te resulta demasiado, puedes decirlo. Un buen terapeuta no te va a presionar.',
      ],
    },
    {
      id: 'culture',
      category: 'feelings-fit',
      question: '¿Mi terapeuta entenderá mi cultura y mi origen?',
      short:
        'Un buen terapeuta respetará quién eres, y puedes preguntarle por su experiencia con personas como tú.',
      detail: [
        'Tu cultura, tu fe, tu idioma, tu género, tu sexualidad, tu cuerpo y tu historia importan. No deberías tener que explicar ni defender quién eres.',
        'Puedes preguntar a un terapeuta cómo trabaja con personas de distintos orígenes. Si es importante para ti, también puedes pedir ver a alguien que comparta parte de tu identidad.',
        'Si algo que dice tu terapeuta te parece hiriente o equivocado, puedes decírselo. Un buen terapeuta escuchará, asumirá su parte y aprenderá. También puedes elegir ver a otra persona.',
      ],
    },
    {
      id: 'stopping',
      category: 'feelings-fit',
      question: '¿Puedo tomarme un descanso o dejar la terapia?',
      short:
        'Sí, puedes hacer una pausa o dejarlo en cualquier momento, y puedes volver más adelante si lo deseas.',
      detail: [
        'No tienes que dar explicaciones. Pero puede ayudar decírselo a tu terapeuta, para que puedan preparar el cierre entre ambos. Esto puede incluir repasar lo que ha cambiado y planear cómo afrontar los momentos difíciles.',
        'Pregúntanos por el aviso previo o los cargos de las sesiones que ya hayas reservado.',
        'Si lo dejas, puedes volver a ponerte en contacto más adelante si quieres retomar.',
      ],
    },
    {
      id: 'crisis',
      category: 'feelings-fit',
      question: '¿Qué hago si estoy en crisis entre sesiones?',
      short: byNumbersShown(
        'Si estás en peligro ahora, llama al número de emergencias o a una línea de crisis de tu zona.',
        crisisShort,
      ),
      detail: [
        'Ten en cuenta que {practice} no es un servicio de emergencias, y puede que no veamos los mensajes enseguida. Una línea de crisis puede escucharte y ayudarte a pasar un momento difícil. No hace falta tener la certeza de que sea una emergencia para pedir ayuda.',
        'Si tienes pensamientos de suicidio, no tienes que pasar por esto en soledad, y hay ayuda. Está bien hablar de estos pensamientos con tu terapeuta. Hablar de ellos no significa, por sí solo, que se vaya a compartir tu información.',
        'Tu terapeuta puede ayudarte a preparar un plan de seguridad para los momentos difíciles. Puede incluir lo que te ayuda, a quién puedes llamar y adónde puedes ir.',
      ],
    },
  ],
};
