import type { ConfidentialityContent, Rich, Text } from '../types.js';

// Español latinoamericano neutro, con tú; género, profesiones y términos fijos: ver el
// comentario al inicio de ./faq.ts.

// Bloques compartidos: las variantes por jurisdicción solo cambian lo que depende de la ley.

const talkFirst: Text =
  'Cuando es seguro y la ley lo permite, tu terapeuta normalmente hablará contigo antes de compartir nada. Solo compartiría lo necesario. Y solo lo compartiría con las personas que necesitan saberlo.';

const suicideNote: Text =
  'Hablar de pensamientos suicidas no significa, por sí solo, que se comparta nada. Tu terapeuta quiere escuchar esos pensamientos. Lo más común es que hagas un plan de seguridad con tu terapeuta. Si necesitas ayuda ahora mismo, llama al número de emergencias de tu zona o a una línea de crisis.';

const askLimits: Text =
  'Puedes preguntar cómo funcionan estos límites en {practice}. Puedes hacerlo antes de contar nada.';

const courtLine: Text = 'Tribunales. Un tribunal podría ordenar que se comparta tu expediente.';

const recordsBase: Rich = [
  'Tu terapeuta lleva un registro de tus sesiones. Suele incluir tus datos de contacto, las fechas de las sesiones y notas breves sobre lo que trabajaron. Se guarda de forma segura, en papel o en un sistema informático protegido.',
  'Normalmente, solo pueden verlo las personas que lo necesitan para tu atención. Pueden ser tu terapeuta y algunas personas del equipo administrativo. Las demás suelen necesitar tu permiso, salvo en los casos poco comunes en que se podría compartir información.',
  'El tiempo que se guarda el expediente varía según el lugar y la profesión. Puedes preguntar cuánto tiempo se guarda en {practice}.',
];

const supervisionBody: Rich = [
  'La mayoría de los terapeutas hablan de su trabajo con una persona supervisora o con alguien de confianza de su profesión. Es una parte normal de una práctica buena y segura. Ayuda a tu terapeuta a darte la mejor atención posible.',
  'Cuando lo hacen, suelen omitir los datos que podrían identificarte, como tu nombre. La persona que supervisa también debe mantener en privado lo que escucha.',
  'Puedes preguntarle a tu terapeuta con quién habla y cómo funciona.',
];

const onlineBody: Rich = [
  'Las sesiones en línea también pueden ser privadas. Tu terapeuta debería usar una plataforma de video segura y conectarse desde un espacio privado.',
  'También hay cosas que puedes hacer tú:',
  {
    list: [
      'Busca un lugar donde nadie pueda oírte. Hay personas que se conectan desde su auto estacionado.',
      'Usa auriculares, para que solo tú escuches a tu terapeuta.',
      'Usa tu propio dispositivo si puedes.',
      'En un dispositivo compartido, no guardes tu contraseña y cierra la sesión al terminar.',
      'Acuerda una palabra o una seña para usar si alguien entra.',
    ],
  },
  'Si te cuesta tener privacidad en casa, díselo a tu terapeuta. Entre ambos pueden buscar una forma que te dé tranquilidad.',
];

const parentAsk: Text =
  'Puedes preguntarle a tu terapeuta qué se le puede contar a tu madre, a tu padre o a quien te cuida, y qué no. Es una buena pregunta para hacer al principio.';

const insurerAsk: Text = 'Puedes preguntar qué se compartiría antes de decidir cómo pagar.';

const doctorAsk: Text =
  'Puedes preguntar qué se comparte con los médicos en {practice}, y puedes decir qué prefieres.';

export const confidentiality: ConfidentialityContent = {
  title: 'Tu privacidad en terapia',
  intro:
    'La mayoría de las personas quiere saber qué se mantiene en privado en terapia. Muchas creen que todo. Casi todo se mantiene en privado, pero hay algunos límites. Aquí te los explicamos con palabras sencillas, para que no haya sorpresas. Lee a tu ritmo y pregunta lo que quieras.',
  sections: [
    {
      id: 'private',
      title: 'Lo que queda entre tú y tu terapeuta',
      body: [
        'Lo que dices en terapia se mantiene en privado. Esto se llama confidencialidad. Es una de las claves para que la terapia sea un espacio seguro.',
        'En la mayoría de los casos, tu terapeuta no compartirá lo que hablan a menos que estés de acuerdo. Eso incluye a tu familia, tus amistades, tu escuela y tu trabajo. Tu terapeuta ni siquiera dirá que te atiende.',
        'Tú eliges qué compartir y cuándo. No tienes que contarle todo. Puedes preguntar qué pasaría con algo antes de contarlo.',
        'Hay algunos límites, que se explican abajo. Tu terapeuta debería hablarlos contigo al principio.',
      ],
    },
    {
      id: 'limits',
      title: 'Cuándo se podría compartir información',
      body: {
        generic: [
          'Hay algunas situaciones en las que un terapeuta podría compartir cierta información sin tu permiso. Son poco comunes y casi siempre tienen que ver con la seguridad de las personas. Las reglas cambian según el lugar y la profesión.',
          {
            list: [
              'Si hay un riesgo grave de que tú u otra persona sufran mucho daño.',
              'Si un menor o un adulto vulnerable podría estar en riesgo.',
              'Si un tribunal lo ordena.',
            ],
          },
          talkFirst,
          suicideNote,
          askLimits,
        ],
        us: [
          'En Estados Unidos, las reglas vienen de leyes federales y estatales. Si {practice} es una entidad cubierta por HIPAA, esa ley también regula cómo se puede compartir tu información de salud. Los principales límites son:',
          {
            list: [
              'Riesgo grave. Si hay una amenaza grave para ti o para otra persona, tu terapeuta podría compartir lo necesario para proteger a las personas. Algunos estados obligan a los terapeutas a advertir o proteger a la persona en riesgo. Otros lo permiten. Las reglas varían según el estado.',
              'Menores. Todos los estados tienen leyes que obligan a ciertos profesionales a informar de sospechas de abuso o negligencia infantil. Normalmente incluyen a los terapeutas.',
              'Personas mayores y adultos dependientes. Casi todos los estados también exigen informar de sospechas de abuso de personas mayores, o de adultos que dependen de otros para su cuidado.',
              'Tribunales. Una orden judicial se debe cumplir, pero solo en lo que indica. Una citación (subpoena) de un abogado normalmente no basta por sí sola.',
            ],
          },
          talkFirst,
          suicideNote,
          askLimits,
        ],
        uk: [
          'En el Reino Unido, los terapeutas siguen la ley. También siguen las normas de un organismo profesional, como la BACP, o de un regulador, como el HCPC. Sin tu consentimiento, solo pueden compartir información cuando la ley lo exige o por interés público, por ejemplo para evitar un daño grave. Aun así, comparten lo mínimo posible. Los principales límites son:',
          {
            list: [
              'Daño grave. Tu terapeuta podría compartir información si es necesario para evitar un daño grave a ti o a otras personas.',
              'Protección (safeguarding). Las preocupaciones sobre la seguridad de un menor o de un adulto vulnerable se podrían compartir con los servicios adecuados.',
              'Terrorismo. Cualquier persona que tenga información que pueda ayudar a prevenir el terrorismo debe comunicarla a la policía. Así lo establece la sección 38B de la Terrorism Act 2000 (Ley de Terrorismo).',
              'Abuso sexual infantil en Inglaterra. Una nueva ley, la Crime and Policing Act 2026, crea la obligación de informar del abuso sexual infantil. Es para quienes trabajan con menores en ciertas funciones. Se aplica cuando entre en vigor.',
              'Irlanda del Norte. Aquí la ley es distinta. Según la sección 5 de la Criminal Law Act (Northern Ireland) 1967, quien sepa de un delito grave podría tener que informar a la policía. No se aplica si tiene un motivo razonable.',
              courtLine,
            ],
          },
          talkFirst,
          suicideNote,
          askLimits,
        ],
        ca: [
          'En Canadá, las leyes de privacidad fijan la mayoría de las reglas. Muchos terapeutas privados siguen PIPEDA, la ley federal de privacidad. Otros siguen la ley provincial de privacidad de la salud u otra ley de su provincia. Los detalles varían según la provincia. Los principales límites son:',
          {
            list: [
              'Daño grave. Tu terapeuta podría compartir información para reducir un riesgo real de daño físico grave a ti o a otra persona.',
              'Menores. La ley provincial indica cuándo se debe informar a los servicios de protección infantil de una sospecha de abuso o negligencia. Los límites de edad y los detalles varían según la provincia.',
              'Adultos en riesgo. Algunas provincias, como Nueva Escocia, también exigen informar si un adulto sufre abuso y no puede protegerse.',
              courtLine,
            ],
          },
          talkFirst,
          suicideNote,
          askLimits,
        ],
        au: [
          'En Australia, la Privacy Act 1988 (Ley de Privacidad) y los Australian Privacy Principles (Principios Australianos de Privacidad) se aplican a los proveedores de salud privados, incluidos los terapeutas. Los principales límites son:',
          {
            list: [
              'Amenaza grave. Tu terapeuta podría compartir información si es necesario para reducir una amenaza grave para la vida, la salud o la seguridad de alguien.',
              'Menores. Tu terapeuta podría tener la obligación de informar si le preocupa que un menor sufra daño. Las reglas cambian según el estado o territorio.',
              courtLine,
            ],
          },
          talkFirst,
          suicideNote,
          askLimits,
        ],
        ie: [
          'En Irlanda, los terapeutas siguen la ley y el código de su profesión. Los principales límites son:',
          {
            list: [
              'Menores. Según la Children First Act 2015 (Ley Children First), los counsellors, los psicoterapeutas y los psicólogos son «personas obligadas» (mandated persons). Deben informar a Tusla, la Agencia de la Infancia y la Familia, de ciertas preocupaciones sobre daño a menores.',
              'Delitos contra menores. Según una ley de 2012, quien sepa de un delito grave contra un menor o un adulto vulnerable podría tener que informar a la Garda (la policía). No se aplica si tiene un motivo razonable.',
              'Daño grave. Tu terapeuta podría compartir información si es necesario para evitar un daño grave a ti o a otra persona.',
              courtLine,
            ],
          },
          talkFirst,
          suicideNote,
          askLimits,
        ],
        nz: [
          'En Nueva Zelanda, el Health Information Privacy Code 2020 (Código de Privacidad de la Información de Salud) fija las reglas sobre la información de salud. Los principales límites son:',
          {
            list: [
              'Amenaza grave. Según la regla 11 del Código, tu terapeuta podría compartir información para prevenir o reducir una amenaza grave para la vida o la salud de alguien.',
              'Menores. Para la mayoría de las personas, informar de una preocupación sobre un menor está permitido, pero la ley no lo exige. Aun así, tu terapeuta podría compartir una preocupación grave para proteger a un menor.',
              courtLine,
            ],
          },
          talkFirst,
          suicideNote,
          askLimits,
        ],
      },
    },
    {
      id: 'records',
      title: 'Tu expediente',
      body: {
        generic: [
          ...recordsBase,
          'Si un seguro u otra entidad paga tus sesiones, podría recibir algunos datos, como las fechas de las sesiones. Puedes preguntar qué se comparte antes de empezar.',
        ],
        us: [
          ...recordsBase,
          {
            list: [
              'Seguro. Si usas tu plan de salud, normalmente se le envían algunos datos. Pueden incluir tu diagnóstico, las fechas de las sesiones, tu plan de tratamiento y tu progreso.',
              'Pagar por tu cuenta. Si pagas por completo un servicio de tu bolsillo, puedes pedir que no se informe a tu plan. La consulta debe aceptarlo.',
              'Notas de psicoterapia. Algunos terapeutas llevan notas aparte con sus propias reflexiones sobre las sesiones. Estas notas tienen protección adicional. Tu diagnóstico, las fechas y tu progreso no forman parte de ellas.',
            ],
          },
        ],
        uk: [
          ...recordsBase,
          'En los servicios del NHS es común compartir cierta información con tu médico de cabecera (GP). Puede ser una carta breve después de tu primera evaluación. En la práctica privada, tu terapeuta podría preguntarte antes.',
          'Si usas un seguro médico privado, la aseguradora podría pedir algunos datos, como las fechas de las sesiones. Puedes preguntar qué se comparte antes de empezar.',
        ],
      },
    },
    {
      id: 'rights',
      title: 'Tus derechos',
      body: {
        generic: [
          'Tienes derechos sobre tu información. En la mayoría de los lugares, puedes:',
          {
            list: [
              'Pedir ver tu expediente y, a menudo, obtener una copia.',
              'Pedir un cambio si algo está mal o falta.',
              'Preguntar cómo presentar una queja si no estás conforme.',
            ],
          },
          'En casos poco comunes, una parte del expediente podría no mostrarse, por ejemplo si verla pudiera causar un daño grave. Las reglas varían según el lugar. Puedes preguntar cómo funciona en {practice}.',
        ],
        us: [
          'Si {practice} es una entidad cubierta por HIPAA, tienes estos derechos según HIPAA:',
          {
            list: [
              'Recibir un Aviso de Prácticas de Privacidad (Notice of Privacy Practices). Explica cómo se puede usar y compartir tu información. Normalmente lo recibes en tu primera visita.',
              'Ver tu expediente y obtener una copia, por lo general en un plazo de 30 días. Este derecho no incluye las notas de psicoterapia.',
              'Pedirnos que te contactemos de cierta forma, por ejemplo a tu propio teléfono o a otra dirección. Debemos aceptar una petición razonable, y no tienes que decir por qué.',
              'Pedir cambios si algo está mal.',
              'Recibir una lista de algunas de las veces en que se compartió tu información.',
              'Presentar una queja ante la consulta o ante el departamento federal de salud, HHS.',
            ],
          },
          'Aparte de las notas de psicoterapia, solo se podría negar el acceso en casos poco comunes. Un ejemplo es cuando es probable que ponga en riesgo la vida o la seguridad de alguien. Si HIPAA no se aplica, la ley estatal podría darte derechos de todos modos. Puedes preguntar cómo funciona en {practice}.',
        ],
        uk: [
          'Según el UK GDPR, tienes derecho a ver la información que se guarda sobre ti. Esto se llama solicitud de acceso (subject access request).',
          {
            list: [
              'Es gratuita.',
              'Deberías recibir respuesta en un plazo de un mes. Si la solicitud es compleja, el plazo se puede ampliar hasta dos meses más.',
              'En ciertos casos, se puede retener parte de la información. Por ejemplo, información de salud que probablemente causaría un daño grave, o datos sobre otra persona.',
              'Puedes pedir que se corrijan los errores.',
              'Si no estás conforme, puedes quejarte ante la consulta y después ante la ICO, la oficina del Comisionado de Información (Information Commissioner’s Office).',
            ],
          },
        ],
        ca: [
          'En Canadá, la ley provincial de privacidad de la salud te da derechos sobre tu información de salud. Los detalles varían según la provincia. Normalmente puedes:',
          {
            list: [
              'Pedir ver tu expediente y, a menudo, obtener una copia.',
              'Pedir un cambio si algo está mal.',
              'Presentar una queja si no estás conforme.',
            ],
          },
          'En casos poco comunes, una parte del expediente podría no mostrarse. Puedes preguntar en {practice} cómo funciona todo esto y cómo presentar una queja.',
        ],
        au: [
          'Según la Privacy Act, normalmente tienes derecho a:',
          {
            list: [
              'Pedir ver tu información de salud y, a menudo, obtener una copia.',
              'Pedir un cambio si algo está mal, desactualizado o incompleto.',
              'Presentar una queja si no estás conforme.',
            ],
          },
          'En algunos casos, una parte del expediente podría no mostrarse. Puedes preguntar en {practice} cómo funciona todo esto y cómo presentar una queja.',
        ],
        ie: [
          'Según la ley de protección de datos (GDPR), normalmente tienes derecho a:',
          {
            list: [
              'Pedir ver tu información y obtener una copia. Esto se llama solicitud de acceso.',
              'Pedir un cambio si algo está mal.',
              'Presentar una queja si no estás conforme.',
            ],
          },
          'En casos poco comunes, parte de la información de salud podría no mostrarse. Puedes preguntar en {practice} cómo funciona todo esto y cómo presentar una queja.',
        ],
        nz: [
          'Según el Health Information Privacy Code, normalmente tienes derecho a:',
          {
            list: [
              'Pedir ver tu información de salud.',
              'Pedir un cambio si algo está mal.',
              'Presentar una queja si no estás conforme.',
            ],
          },
          'En casos poco comunes, parte de la información podría no mostrarse. Puedes preguntar en {practice} cómo funciona todo esto y cómo presentar una queja.',
        ],
      },
    },
    {
      id: 'supervision',
      title: 'Cómo recibe apoyo tu terapeuta',
      body: supervisionBody,
    },
    {
      id: 'online',
      title: 'Privacidad en las sesiones en línea',
      body: onlineBody,
    },
  ],
  scenariosTitle: '¿Esto se mantendría en privado?',
  scenariosIntro:
    'Elige una situación para ver qué suele pasar. Son respuestas generales. Tu terapeuta puede explicarte cómo funcionan las cosas en {practice}.',
  scenarios: [
    {
      id: 'drugs',
      prompt: 'Le cuento a mi terapeuta que consumí drogas.',
      verdict: 'usually-private',
      explanation: [
        'Lo que cuentes sobre drogas o alcohol normalmente se mantiene en privado. Mucha gente habla de esto en terapia. Tu terapeuta está para ayudarte, no para juzgarte ni para informar a nadie sobre ti.',
        'Solo se podría compartir en casos poco comunes, como un riesgo grave para tu vida o para otra persona, por ejemplo un menor a tu cargo.',
      ],
    },
    {
      id: 'suicidal-thoughts',
      prompt: 'Tengo pensamientos de quitarme la vida.',
      verdict: 'usually-private',
      explanation: [
        'Puedes hablar de esto con toda confianza. Mucha gente tiene estos pensamientos. Decirlos en voz alta puede ayudar. Hablar de ellos no significa, por sí solo, que se comparta nada.',
        'Tu terapeuta te escuchará y te hará algunas preguntas. Lo habitual es que hagas un plan de seguridad con tu terapeuta. Solo en casos poco comunes de peligro grave e inmediato se podría contactar a otra persona, y normalmente tu terapeuta hablaría contigo antes.',
        'Si necesitas ayuda ahora mismo, llama al número de emergencias de tu zona o a una línea de crisis.',
      ],
    },
    {
      id: 'harm-others',
      prompt: 'Tengo pensamientos de hacerle daño a alguien.',
      verdict: 'usually-private',
      explanation: {
        generic: [
          'Mucha gente tiene pensamientos de enojo o de hacerle daño a alguien. La terapia es un lugar seguro para hablar de ellos. Tener estos pensamientos no significa, por sí solo, que se comparta nada.',
          'Si hay un riesgo grave de que de verdad le hagas daño a alguien, tu terapeuta podría tener que actuar para proteger a las personas. Cuando sea seguro, normalmente hablaría contigo antes.',
        ],
        us: [
          'Mucha gente tiene pensamientos de enojo o de hacerle daño a alguien. La terapia es un lugar seguro para hablar de ellos. Tener estos pensamientos no significa, por sí solo, que se comparta nada.',
          'Si hay una amenaza grave de que de verdad le hagas daño a alguien, tu terapeuta podría tener que actuar. En algunos estados, los terapeutas deben advertir o proteger a la persona en riesgo. En otros, pueden hacerlo, pero no están obligados. Cuando sea seguro, normalmente hablaría contigo antes.',
        ],
        uk: [
          'Mucha gente tiene pensamientos de enojo o de hacerle daño a alguien. La terapia es un lugar seguro para hablar de ellos. Tener estos pensamientos no significa, por sí solo, que se comparta nada.',
          'Si hay un riesgo grave de que de verdad le hagas daño a alguien, tu terapeuta podría compartir lo necesario para evitarlo, por interés público. Compartiría lo mínimo posible y, cuando pueda, te lo diría antes.',
        ],
        ca: [
          'Mucha gente tiene pensamientos de enojo o de hacerle daño a alguien. La terapia es un lugar seguro para hablar de ellos. Tener estos pensamientos no significa, por sí solo, que se comparta nada.',
          'Si hay un riesgo real de daño físico grave para alguien, la ley provincial podría permitir a tu terapeuta compartir lo necesario para reducirlo. Cuando sea seguro, normalmente hablaría contigo antes.',
        ],
        au: [
          'Mucha gente tiene pensamientos de enojo o de hacerle daño a alguien. La terapia es un lugar seguro para hablar de ellos. Tener estos pensamientos no significa, por sí solo, que se comparta nada.',
          'Si hay una amenaza grave para la vida, la salud o la seguridad de alguien, tu terapeuta podría compartir lo necesario para reducirla. Cuando sea seguro, normalmente hablaría contigo antes.',
        ],
        nz: [
          'Mucha gente tiene pensamientos de enojo o de hacerle daño a alguien. La terapia es un lugar seguro para hablar de ellos. Tener estos pensamientos no significa, por sí solo, que se comparta nada.',
          'Si hay una amenaza grave para la vida o la salud de alguien, tu terapeuta podría compartir lo necesario para prevenirla o reducirla. Cuando sea seguro, normalmente hablaría contigo antes.',
        ],
      },
    },
    {
      id: 'child-harm',
      prompt: 'Me preocupa que le estén haciendo daño a un menor.',
      verdict: 'may-be-shared',
      explanation: {
        generic: [
          'Las preocupaciones sobre la seguridad de un menor se podrían compartir con los servicios de protección infantil. Las reglas varían según el lugar y la profesión. Cuando sea seguro, tu terapeuta normalmente lo hablaría contigo antes.',
          'Por favor, habla de ello. Tu terapeuta puede ayudarte a pensar qué hacer y cómo proteger a ese menor.',
        ],
        us: [
          'En todos los estados, ciertos profesionales deben informar de sospechas de abuso o negligencia infantil. Normalmente se incluye a los terapeutas. Cuando sea seguro, tu terapeuta normalmente hablaría contigo antes de informar.',
          'Por favor, habla de ello. Tu terapeuta puede ayudarte a pensar qué hacer y cómo proteger a ese menor.',
        ],
        uk: [
          'Las preocupaciones de protección (safeguarding) sobre un menor se podrían compartir con los servicios adecuados. Cuando la ley lo permita, tu terapeuta normalmente hablaría contigo antes.',
          'Por favor, habla de ello. Tu terapeuta puede ayudarte a pensar qué hacer y cómo proteger a ese menor.',
        ],
        ca: [
          'La ley provincial indica cuándo se debe informar a los servicios de protección infantil de una preocupación sobre un menor. Tu terapeuta podría tener que informar. Cuando sea seguro, normalmente hablaría contigo antes.',
          'Por favor, habla de ello. Tu terapeuta puede ayudarte a pensar qué hacer y cómo proteger a ese menor.',
        ],
        au: [
          'Tu terapeuta podría tener la obligación de informar si le preocupa que un menor sufra daño. Las reglas cambian según el estado o territorio. Cuando sea seguro, normalmente hablaría contigo antes.',
          'Por favor, habla de ello. Tu terapeuta puede ayudarte a pensar qué hacer y cómo proteger a ese menor.',
        ],
        ie: [
          'Según la Children First Act 2015, los counsellors, los psicoterapeutas y los psicólogos deben informar a Tusla de ciertas preocupaciones sobre daño a menores. Cuando sea seguro, tu terapeuta normalmente hablaría contigo antes.',
          'Por favor, habla de ello. Tu terapeuta puede ayudarte a pensar qué hacer y cómo proteger a ese menor.',
        ],
        nz: [
          'Para la mayoría de las personas, informar de una preocupación sobre un menor está permitido, pero la ley no lo exige. Aun así, tu terapeuta podría compartir una preocupación grave con Oranga Tamariki o con la policía. Cuando sea seguro, normalmente hablaría contigo antes.',
          'Por favor, habla de ello. Tu terapeuta puede ayudarte a pensar qué hacer y cómo proteger a ese menor.',
        ],
      },
    },
    {
      id: 'past-abuse',
      prompt: 'Le cuento a mi terapeuta que me hicieron daño o abusaron de mí en mi infancia.',
      verdict: 'usually-private',
      explanation: {
        generic: [
          'Tu historia es tuya, y la compartes a tu ritmo. Nunca tienes que dar detalles si todavía no quieres. Lo que cuentes sobre tu propio pasado normalmente se mantiene en privado.',
          'Si la persona que te hizo daño podría estar haciéndole daño a un menor ahora, tu terapeuta podría tener que compartir esa preocupación. Normalmente lo hablaría contigo antes.',
        ],
        ie: [
          'Tu historia es tuya, y la compartes a tu ritmo. Nunca tienes que dar detalles si todavía no quieres. Lo que cuentes sobre tu propio pasado normalmente se mantiene en privado.',
          'Si la persona que te hizo daño podría ser un riesgo para menores ahora, tu terapeuta podría tener que informar a Tusla. Normalmente lo hablaría contigo antes.',
          'Según una ley de 2012, quien sepa de un delito grave contra un menor también podría tener que informar a la Garda (la policía). No se aplica si tiene un motivo razonable. Puedes preguntar cómo funciona antes de dar detalles.',
        ],
      },
    },
    {
      id: 'past-crime',
      prompt: 'Le cuento a mi terapeuta un delito de mi pasado.',
      verdict: 'usually-private',
      explanation: {
        generic: [
          'Lo que cuentes sobre tu pasado normalmente se mantiene en privado. La terapia es un lugar para hablar de cosas de las que te arrepientes o que te dan vergüenza.',
          'Los límites tienen que ver sobre todo con evitar un daño grave ahora o en el futuro, como un daño a un menor. Si tienes dudas, puedes preguntarle a tu terapeuta antes de contarlo.',
        ],
        uk: [
          'Lo que cuentes sobre tu pasado normalmente se mantiene en privado. La terapia es un lugar para hablar de cosas de las que te arrepientes o que te dan vergüenza.',
          'Los límites tienen que ver sobre todo con evitar un daño grave ahora o en el futuro, como un daño a un menor. Una excepción poco común es el terrorismo. Según la Terrorism Act 2000, quien tenga información que pueda ayudar a prevenirlo debe comunicarla a la policía.',
          'Si tienes dudas, puedes preguntarle a tu terapeuta antes de contarlo.',
        ],
      },
    },
    {
      id: 'family-member',
      prompt: 'Mi pareja o un familiar llama para preguntar por mí.',
      verdict: 'usually-private',
      explanation: [
        'Tu terapeuta no le contará nada, ni siquiera le dirá si te atiende, a menos que estés de acuerdo. Las excepciones son poco comunes. Son los casos que se explican arriba, como un riesgo grave para la seguridad de alguien, o si tienes menos de 18 años.',
        'Si quieres que alguien cercano participe, puedes dar tu permiso. Puedes elegir qué se le puede contar, y puedes cambiar de opinión más adelante.',
      ],
    },
    {
      id: 'employer',
      prompt: 'Mi empleador llama para preguntar si soy cliente.',
      verdict: 'usually-private',
      explanation: [
        'Tu terapeuta no dirá si te atiende. No compartirá nada sobre ti a menos que estés de acuerdo.',
        'Algunos trabajos ayudan a pagar la terapia mediante un programa de apoyo al personal. Si el tuyo lo hace, puedes preguntar qué se le informa a tu empleador, si es que se le informa algo.',
      ],
    },
    {
      id: 'parent',
      prompt: 'Mi madre, mi padre o quien me cuida pregunta qué dije. (Tengo menos de 18 años).',
      verdict: { generic: 'may-be-shared', us: 'may-be-shared', uk: 'usually-private' },
      explanation: {
        generic: [
          'Esto puede depender de tu edad, del lugar donde vives y de lo que se acordó al principio. Muchos terapeutas acuerdan contigo y con tu madre, tu padre o quien te cuida, desde el inicio, qué se va a compartir.',
          'A menudo, tu madre, tu padre o quien te cuida podría saber cosas generales, como cómo va la terapia, pero no los detalles de lo que dices. Si estuvieras en riesgo grave, quizá haya que avisar a tu madre, a tu padre o a la persona que te cuida. Normalmente tu terapeuta hablaría contigo antes.',
          parentAsk,
        ],
        us: [
          'En Estados Unidos, normalmente los padres tienen derecho a ver la información de salud de sus hijos. Pero la ley estatal fija excepciones, y estas varían. En algunos casos, una persona joven puede aceptar su propia atención y mantenerla en privado.',
          'Muchos terapeutas acuerdan contigo y con tu madre, tu padre o quien te cuida, al principio, qué se va a compartir. A menudo son novedades generales, no los detalles de lo que dices.',
          parentAsk,
        ],
        uk: [
          'En el Reino Unido, lo que se le cuenta a tu madre, a tu padre o a quien te cuida puede depender de tu edad y de cuánto entiendas tu atención. Normalmente tu terapeuta no compartirá detalles sin tu permiso, y puede explicarte cómo funciona.',
          'Si estuvieras en riesgo grave, las preocupaciones de protección (safeguarding) se podrían compartir con los servicios adecuados. Cuando pueda, tu terapeuta normalmente hablaría contigo antes.',
          parentAsk,
        ],
      },
    },
    {
      id: 'doctor',
      prompt: 'Mi médico pregunta cómo va mi terapia.',
      verdict: 'may-be-shared',
      explanation: {
        generic: [
          'Depende del servicio. En algunos servicios, trabajar con tu médico es una parte normal de la atención, y tu médico podría recibir un breve informe. En otros, tu terapeuta te preguntará antes.',
          'Ese informe suele ser breve, con fechas y avances generales, no con los detalles de lo que dices.',
          doctorAsk,
        ],
        us: [
          'Si se aplica HIPAA, se podría compartir cierta información con tus otros proveedores de salud para tu atención. Muchos terapeutas te preguntan antes. Las notas de psicoterapia tienen protección adicional.',
          doctorAsk,
        ],
        uk: [
          'En los servicios del NHS es común compartir cierta información con tu médico de cabecera (GP). Puede ser una carta breve después de tu primera evaluación. En la práctica privada, tu terapeuta podría preguntarte antes.',
          'Ese informe suele ser breve, con fechas y avances generales, no con los detalles de lo que dices.',
          doctorAsk,
        ],
      },
    },
    {
      id: 'insurer',
      prompt: 'Mi aseguradora pide información.',
      verdict: { generic: 'usually-private', us: 'may-be-shared' },
      explanation: {
        generic: [
          'Si pagas las sesiones por tu cuenta, normalmente tu aseguradora no participa para nada.',
          'Si paga un seguro u otra entidad, podría necesitar algunos datos para pagar, como las fechas de las sesiones. Normalmente esto solo pasa con tu permiso. Lo que dices en las sesiones normalmente se mantiene en privado.',
          insurerAsk,
        ],
        us: [
          'Si usas tu plan de salud, normalmente se le envían algunos datos. Pueden incluir tu diagnóstico, las fechas de las sesiones, tu plan de tratamiento y tu progreso.',
          'Si pagas por completo un servicio de tu bolsillo, puedes pedir que no se informe a tu plan, y la consulta debe aceptarlo. Las notas de psicoterapia tienen protección adicional.',
          insurerAsk,
        ],
      },
    },
    {
      id: 'court',
      prompt: 'Un tribunal pide mi expediente.',
      verdict: 'may-be-shared',
      explanation: {
        generic: [
          'Un tribunal podría ordenar que se comparta tu expediente. Es poco común. Normalmente tu terapeuta compartiría solo lo que pide la orden.',
          'Cuando la ley lo permite, normalmente te avisarían antes. Quizá quieras pedir asesoría legal. Puedes preguntarle a tu terapeuta cómo maneja este tipo de solicitudes.',
        ],
        us: [
          'Una orden judicial se debe cumplir, pero solo en lo que indica. Una citación (subpoena) de un abogado normalmente no basta por sí sola. Normalmente te avisarían antes, o un tribunal tendría que fijar límites.',
          'Quizá quieras pedir asesoría legal. Puedes preguntarle a tu terapeuta cómo maneja este tipo de solicitudes.',
        ],
        uk: [
          'Un tribunal puede pedir tu expediente. Es poco común. Tu terapeuta daría solo lo necesario y, si puede, te avisaría antes.',
          'Quizá quieras pedir asesoría legal. Puedes preguntarle a tu terapeuta cómo maneja este tipo de solicitudes.',
        ],
      },
    },
    {
      id: 'supervision',
      prompt: 'Mi terapeuta habla de mi caso con una persona supervisora.',
      verdict: 'usually-private',
      explanation: [
        'Es una parte normal de una buena práctica. Ayuda a tu terapeuta a darte una buena atención.',
        'Normalmente tu terapeuta omite los datos que podrían identificarte, como tu nombre. La persona que supervisa también debe mantener en privado lo que escucha. Puedes preguntarle a tu terapeuta cómo funciona.',
      ],
    },
    {
      id: 'online-session',
      prompt: 'Tengo mi sesión en línea desde casa.',
      verdict: 'usually-private',
      explanation: [
        'Tu terapeuta debería usar una plataforma de video segura y conectarse desde un espacio privado. Lo que dices se trata igual que en persona.',
        'Tu lado también cuenta. Busca un lugar donde nadie pueda oírte, usa auriculares y usa tu propio dispositivo si puedes. Si alguien entra, puedes hacer una pausa.',
        'Si te cuesta tener privacidad en casa, díselo a tu terapeuta. Pueden hacer un plan entre ambos.',
      ],
    },
  ],
  verdicts: {
    private: 'Se mantiene en privado',
    'usually-private': 'Normalmente se mantiene en privado',
    'may-be-shared': 'Se podría compartir',
  },
  disclaimer:
    'Esta es información general, no asesoría legal. Las reglas varían según el lugar y la profesión, y pueden cambiar. El aviso de privacidad de {practice} explica su propia política.',
  askInvite:
    'Las preguntas sobre privacidad son bienvenidas. Puedes preguntarle a tu terapeuta sobre todo esto en cualquier momento, incluso antes de tu primera sesión.',
};
