import type { GuideContent, Rich } from '../types.js';

// Español latinoamericano neutro, con tú; género, profesiones y términos fijos: ver el
// comentario al inicio de ./faq.ts.

// Bloques compartidos: las variantes por jurisdicción solo añaden texto al genérico.

const beforeHappens: Rich = [
  'Primero buscas a alguien con quien te sientas bien. Puedes buscar en internet, preguntar a tu médico o pedir consejo a alguien de confianza.',
  'Muchos terapeutas ofrecen una llamada breve antes de reservar. Suele ser gratis. Es una oportunidad para hacer preguntas y ver qué sensación te da. No tienes que decidir nada en esa llamada.',
  'Antes de la primera sesión, es posible que te pidan llenar algunos formularios. Pueden preguntarte por tu salud y por lo que te trae a terapia. A menudo hay también un consentimiento informado: un documento que explica cómo funciona la terapia y qué aceptas.',
];

const ongoingHappens: Rich = [
  'Sigues trabajando hacia tus objetivos. Las sesiones pueden ser distintas de una semana a otra.',
  'De vez en cuando, revisas con tu terapeuta cómo van las cosas. Si tus objetivos ya no encajan, se pueden cambiar.',
  'Algunos tipos de terapia, como la TCC (terapia cognitivo-conductual), proponen pequeñas tareas entre sesiones. Por ejemplo, probar algo nuevo o anotar cómo te sientes durante la semana.',
];

export const guide: GuideContent = {
  title: 'Qué esperar de la terapia',
  intro:
    'La terapia puede parecer algo nuevo y dar un poco de miedo. Esta guía te la explica paso a paso. Ve a tu ritmo y lee tanto o tan poco como quieras.',
  stages: [
    {
      id: 'before',
      title: 'Antes de empezar',
      summary: 'Encontrar a la persona adecuada y prepararte para empezar.',
      happens: {
        generic: beforeHappens,
        uk: [
          ...beforeHappens,
          'En Inglaterra también puedes pedir ayuda directamente a NHS Talking Therapies, el servicio público de terapia psicológica, sin que nadie te derive. El primer paso es una conversación de unos 30 minutos, llamada evaluación. A menudo es por teléfono. Sirve para ver qué puede ayudarte más.',
          'En otras partes del Reino Unido, los servicios funcionan de otra manera. Tu médico de cabecera (GP) puede decirte qué hay disponible cerca de ti.',
        ],
        us: [
          ...beforeHappens,
          'Si piensas usar tu seguro médico, quizá quieras comprobar antes qué cubre tu plan.',
          'Si pagas la terapia por tu cuenta, normalmente tienes derecho a un Good Faith Estimate (estimación de buena fe): una estimación por escrito de lo que puede costar tu atención. Puedes pedirla antes de empezar.',
        ],
      },
      therapist: [
        'Tu terapeuta, o alguien de {practice}, responde a tu primer mensaje o llamada.',
        'En una primera llamada, puede que te pregunte un poco qué te trae. Te puede contar cómo trabaja, cuánto cuesta y cuáles son los siguientes pasos. Solo compartes lo que quieras.',
        'Te envía los formularios con tiempo. Puede explicarte cualquier parte que no esté clara.',
        'Si cree que otro servicio te vendría mejor, puede decírtelo y ayudarte a encontrarlo.',
      ],
      you: [
        'Está bien preguntar a un terapeuta con quién tiene su licencia o registro. Después puedes comprobarlo por tu cuenta.',
        'Puedes anotar algunas cosas que quieras preguntar. La lista «Prepárate para tu primera sesión» de esta guía te puede ayudar.',
        'No hace falta que lleves nada. Hay quien lleva sus preguntas, un cuaderno o una lista de los medicamentos que toma.',
        {
          format: 'online',
          block:
            'Para tus sesiones, intenta buscar un lugar tranquilo y privado. Unos auriculares pueden ayudar. Revisa tu dispositivo, el cargador y la conexión un poco antes de empezar.',
          both: 'Si nos vemos en línea, intenta buscar un lugar tranquilo y privado. Unos auriculares pueden ayudar. Revisa tu dispositivo, el cargador y la conexión un poco antes de empezar.',
        },
      ],
      feelings: [
        'Es normal sentir nervios o dudas. Hay quien incluso quiere cancelar. Mucha gente se siente así antes de empezar.',
        'Dar el primer paso puede costar. Puedes tomarte tu tiempo y cambiar de idea en cualquier momento.',
        'Si mientras esperas no te sientes a salvo, no esperes para pedir ayuda. Puedes llamar a una línea de crisis o al número de emergencias de tu zona.',
      ],
      questions: [
        '¿Con quién tienes tu licencia o registro?',
        '¿Podemos hablar un momento por teléfono antes de reservar?',
        '¿Cuánto cobras y qué pasa si necesito cancelar?',
        { format: 'both', line: '¿Atiendes en persona, en línea o de las dos formas?' },
        '¿Has trabajado con personas con preocupaciones como las mías?',
      ],
    },
    {
      id: 'first-session',
      title: 'Primera sesión',
      summary: 'Conocerse y hablar de lo que quieres.',
      happens: [
        'La primera sesión sirve sobre todo para conocerse. Puede parecerse a una charla con algunas preguntas.',
        'Puede que tu terapeuta te pregunte qué te trae a terapia y un poco sobre tu vida y tu salud. Puedes contar tanto o tan poco como quieras.',
        'Tu terapeuta también puede preguntarte qué te gustaría que cambiara. Esos son tus objetivos. No hace falta que los tengas claros todavía.',
      ],
      therapist: [
        'Tu terapeuta te explica cómo va a funcionar la terapia. Puede hablarte de estas cosas.',
        {
          list: [
            'Qué formación tiene y a qué organización profesional pertenece.',
            'Qué se queda en privado y las pocas veces en que quizá no sea así.',
            'El tipo de terapia que ofrece y cómo funciona.',
            'Cuántas sesiones podrías tener. Las sesiones en {practice} suelen durar unos {minutes} minutos.',
            'Qué pasa si faltas a una sesión o necesitas cancelarla.',
            'Los honorarios, y cómo y cuándo se paga.',
          ],
        },
        'Puede preguntarte si hay algo que te haría más fáciles las sesiones. Por ejemplo, sobre accesibilidad, idioma u horarios.',
      ],
      you: [
        'Puedes hacer cualquier pregunta, en cualquier momento. Ninguna pregunta es tonta.',
        'Es cosa de dos. Tú también estás decidiendo si esta persona encaja contigo.',
        'Tú marcas el ritmo. No tienes que contarlo todo ni hablar de cosas difíciles hasta que sientas que es el momento.',
        'Está bien decir «No lo sé» o «Todavía no quiero hablar de eso».',
        'Si algo no te encaja, puedes decirlo, probar una sesión más o buscar a otra persona. Tú decides.',
      ],
      feelings: [
        'Mucha gente siente nervios, vergüenza o no sabe qué decir. Tu terapeuta lo ve a menudo y puede ayudarte a empezar.',
        'Puede que sientas alivio después de hablar. O puede que acabes sin energía o con las emociones a flor de piel. Las dos cosas son normales.',
        'No pasa nada si la primera sesión resulta un poco incómoda. Muchas veces se vuelve más fácil.',
      ],
      questions: [
        '¿Qué se queda en privado y cuándo podrías tener que compartir algo?',
        '¿Qué tipo de terapia usas y cómo funciona?',
        '¿Cuántas sesiones crees que podría necesitar?',
        '¿Qué pasa si falto a una sesión?',
        '¿Y si todavía no quiero hablar de algunas cosas?',
      ],
    },
    {
      id: 'early-sessions',
      title: 'Primeras semanas',
      summary: 'Crear confianza y acordar una forma de trabajar.',
      happens: [
        'En las primeras semanas, vas conociendo a tu terapeuta, y tu terapeuta a ti. La confianza lleva tiempo y se construye entre los dos.',
        'Las sesiones suelen ser una vez por semana. Con tu terapeuta, acuerdas tus objetivos y la forma de trabajar en ellos.',
        'Puede que tu terapeuta proponga revisiones periódicas. Son momentos para revisar contigo cómo van las cosas.',
      ],
      therapist: [
        'Tu terapeuta procura que te sientas a salvo. En la práctica, puede verse así.',
        {
          list: [
            'Escucha activa: presta mucha atención y comprueba que te ha entendido bien.',
            'Empatía: intenta ver las cosas desde tu lado, sin juzgarte.',
            'Confidencialidad: guarda en privado lo que cuentas, dentro de los límites que te explicó.',
            'Constancia: es puntual, respeta lo acordado y te avisa de cualquier cambio.',
          ],
        },
        'Muchos terapeutas hablan de su trabajo con una persona supervisora: alguien de la profesión con experiencia que les ayuda a darte una buena atención. Es una parte normal de la buena práctica. Normalmente dejan fuera los datos que permitirían saber quién eres.',
      ],
      you: [
        'Puedes ir despacio. Está bien tomarte tu tiempo antes de hablar de cosas difíciles.',
        'Puedes pedir una pausa, descansar un momento o cambiar de tema cuando quieras.',
        'Después de una sesión, puede ayudarte planear algo tranquilo, como un paseo, un descanso o una bebida caliente.',
        'Si entre sesiones no te sientes a salvo, no tienes que esperar. Puedes llamar a una línea de crisis o al número de emergencias de tu zona.',
      ],
      feelings: [
        'Es normal acabar una sesión con cansancio o con las emociones a flor de piel. Hay quien llora. Es algo común y no significa que algo vaya mal.',
        'Algunas semanas pueden resultar más duras antes de que las cosas mejoren.',
        'Puede que aún no sepas si está funcionando. Es algo común al principio, y puedes hablarlo en la siguiente sesión.',
      ],
      questions: [
        '¿Cómo sabremos si la terapia está ayudando?',
        '¿En qué estamos trabajando y cómo?',
        '¿Qué compartes en supervisión?',
        '¿Podemos ir más despacio?',
        '¿Qué puedo hacer si me siento mal entre sesiones?',
      ],
    },
    {
      id: 'ongoing',
      title: 'Durante la terapia',
      summary: 'Avanzar hacia tus objetivos y ver cómo va.',
      happens: {
        generic: ongoingHappens,
        uk: [
          ...ongoingHappens,
          'Los servicios del NHS suelen ofrecer entre 6 y 10 sesiones. La terapia privada puede ser más corta o más larga. Depende de lo que necesites.',
        ],
      },
      therapist: [
        'Tu terapeuta te ayuda a notar qué está cambiando y en qué sigues sintiendo que no avanzas.',
        'Te pide tu opinión y la recibe con gusto, aunque cueste decirla.',
        'Si hay tareas entre sesiones, las planea contigo. Deberían encajar en tu vida. Puedes decir si alguna te parece demasiado.',
        'Sigue comprobando que el plan todavía te encaja.',
      ],
      you: [
        'Puedes dar tu opinión en cualquier momento. Por ejemplo: «Eso me ayudó» o «Eso no me sentó bien».',
        'Confiar puede costar si otras personas te han hecho daño o te han fallado en el pasado. Es comprensible. Puedes decirlo, y tu terapeuta puede ir a tu ritmo.',
        'Puedes preguntar cómo van las cosas o pedir un cambio en el plan.',
        'Puedes tomarte un descanso, dejarlo o ver a otra persona. No tienes que dar explicaciones, aunque hablarlo puede ayudar.',
      ],
      feelings: [
        'El cambio no suele ser una línea recta. Las semanas buenas y las difíciles forman parte del camino.',
        'A veces puedes sentir mucha cercanía con tu terapeuta, y otras veces enojo. Las dos cosas son normales, y de las dos se puede hablar.',
        'Si sientes que nada cambia, puedes decirlo. A tu terapeuta le ayuda saberlo.',
      ],
      questions: [
        '¿Cómo vamos con mis objetivos?',
        '¿Podemos probar otra forma de trabajar?',
        '¿Para qué sirve esta tarea y podemos cambiarla?',
        '¿Cuántas sesiones más crees que necesito?',
        '¿Y si me cuesta confiar en ti?',
      ],
    },
    {
      id: 'ending',
      title: 'El final',
      summary: 'Mirar atrás para ver cuánto has avanzado y planear lo que viene.',
      happens: [
        'A menudo, el final de la terapia se planea. Lo acuerdas con tu terapeuta, con tiempo para prepararte.',
        'Miras atrás con tu terapeuta para ver qué ha cambiado y qué has aprendido.',
        'Preparas con tu terapeuta un plan para los momentos difíciles. Puede incluir señales de alerta y cosas que te ayudan.',
        'Algunos terapeutas ofrecen una sesión de seguimiento unas semanas o meses después.',
      ],
      therapist: [
        'Tu terapeuta te ayuda a ver cuánto has avanzado.',
        'Te ayuda a prepararte para los momentos difíciles, para que sepas qué hacer si las cosas vuelven a complicarse.',
        'Habla contigo sobre otros apoyos que tienes en tu vida.',
        'Te dice si puedes volver más adelante, y cómo.',
      ],
      you: [
        'Puedes decir cuándo crees que es momento de terminar. También puedes pedir seguir un tiempo más, o espaciar las sesiones.',
        'Puedes elegir cómo quieres terminar. A algunas personas les gusta hablar de lo que ha significado este trabajo para ellas.',
        'Puedes terminar antes de lo previsto. Si puedes, díselo a tu terapeuta, para que te ayude a planear los siguientes pasos.',
        'Volver más adelante está bien. Mucha gente vuelve cuando su vida cambia.',
      ],
      feelings: [
        'Terminar puede traer sentimientos mezclados. Puedes sentir orgullo, tristeza, alivio o algo de preocupación. Todo eso es normal.',
        'Tener un bache después de la terapia no significa que haya fallado. Tu plan está ahí para ayudarte.',
      ],
      questions: [
        '¿Cómo sabremos que es momento de terminar?',
        '¿Qué hago si las cosas vuelven a ponerse difíciles?',
        '¿Podemos tener una sesión de seguimiento?',
        '¿Puedo volver más adelante si lo necesito?',
      ],
    },
  ],
  blockHeadings: {
    happens: 'Qué pasa',
    therapist: 'Qué hace tu terapeuta',
    you: 'Qué puedes hacer tú',
    feelings: 'Sentimientos habituales',
    questions: 'Preguntas que puedes hacer',
  },
  prep: {
    title: 'Prepárate para tu primera sesión',
    intro:
      'Marca las preguntas que quieras hacer. No tienes que hacerlas todas. Las preguntas siempre son bienvenidas.',
    questions: [
      {
        id: 'qualifications',
        text: '¿Qué formación tienes y con quién tienes tu licencia o registro?',
      },
      { id: 'experience', text: '¿Has trabajado con personas con preocupaciones como las mías?' },
      { id: 'approach', text: '¿Qué tipo de terapia usas y cómo funciona?' },
      {
        id: 'confidentiality-limits',
        text: '¿Qué se queda en privado y cuándo podrías tener que compartir algo?',
      },
      { id: 'session-count', text: '¿Cuántas sesiones podría necesitar y cada cuánto?' },
      { id: 'fees-cancellation', text: '¿Cuánto cobras y qué pasa si necesito cancelar?' },
      { id: 'contact-between', text: '¿Puedo comunicarme contigo entre sesiones? ¿Cómo?' },
      {
        id: 'online-privacy',
        text: 'Si nos vemos en línea, ¿cómo mantienes privadas las sesiones?',
      },
    ],
    hopesLabel: '¿Qué te gustaría que cambiara?',
    hopesHint: 'Bastan unas pocas palabras. No pasa nada si aún no lo tienes claro.',
    privacyNote:
      'Lo que escribas aquí se queda en esta página. No se guarda ni se envía a ningún sitio, y si recargas la página se borra.',
  },
};
