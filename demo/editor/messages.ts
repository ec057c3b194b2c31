/**
 * The editor's own words, in English and Spanish: a typed table (`EditorWords`), so a
 * missing word fails the typecheck. The widgets' refusal wording (`accepted`) is the widgets'
 * own and stays as they write it in the console.
 */
import type { Locale } from '../../src/core/settings.js';
import type { PartRole } from './content.js';
import type { GroupId } from './fields.js';
import type { NoteKind } from './read.js';

export interface FieldWords {
  readonly label: string;
  readonly hint?: string;
}

export interface EditorWords {
  readonly title: string;
  readonly intro: string;
  readonly promise: string;
  readonly skip: string;
  readonly editorLanguage: string;
  readonly widgetsLegend: string;
  readonly widgets: Readonly<
    Record<'therapy-guide' | 'therapy-confidentiality' | 'therapy-faq' | 'therapy-crisis', string>
  >;
  readonly groups: Readonly<Record<GroupId, string>>;
  readonly fields: Readonly<Record<string, FieldWords>>;
  readonly options: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly notSet: string;
  readonly problem: (accepted: string) => string;
  /** Under a link typed without https:// that names a website: the full address, offered. */
  readonly fullAddress: (url: string) => string;
  /** On the currency field, when a fee is given and the country chosen has no currency. */
  readonly noCurrency: (country: string) => string;
  readonly colours: Readonly<Record<'accent' | 'text' | 'surface' | 'font' | 'samePage', string>>;
  readonly useOwn: string;
  readonly scriptUrl: FieldWords;
  readonly onEachTag: FieldWords;
  readonly widgetOptions: Readonly<Record<'single' | 'categories' | 'start' | 'crisis', string>>;
  readonly allStagesFirst: string;
  readonly content: {
    readonly heading: string;
    readonly intro: string;
    readonly wordingLanguage: string;
    readonly show: string;
    readonly edit: string;
    readonly reset: string;
    readonly changed: string;
    readonly practice: string;
    readonly general: string;
    readonly roles: Readonly<Record<PartRole, string>>;
    readonly placeholders: string;
    /** Under English text above grade 8 (Flesch–Kincaid). */
    readonly readability: (grade: number) => string;
    /** Under Spanish text that scores below 55 on the INFLESZ scale. */
    readonly readabilitySpanish: (score: number) => string;
  };
  readonly own: {
    readonly heading: string;
    readonly intro: string;
    readonly add: string;
    readonly question: string;
    readonly answer: string;
    readonly answerHint: string;
    readonly category: string;
    readonly noCategory: string;
    readonly id: string;
    readonly idHint: string;
    /** Under the link name when the question replaces one of ours (named by its question). */
    readonly replaces: (question: string) => string;
    /** Under a link name the widget cannot use as typed: the one it uses instead. */
    readonly idUsed: (id: string) => string;
    readonly noQuestion: string;
    readonly noAnswer: string;
    /** The language choice: every language, or one. */
    readonly lang: string;
    readonly everyLanguage: string;
    readonly onlyIn: Readonly<Record<Locale, string>>;
    readonly langHint: string;
    readonly remove: string;
    readonly up: string;
    readonly down: string;
    readonly item: (n: number) => string;
    readonly none: string;
  };
  readonly output: {
    readonly heading: string;
    readonly hint: string;
    readonly label: string;
    readonly copy: string;
    readonly download: string;
    readonly copied: string;
    readonly copyRefused: string;
    readonly downloaded: string;
    readonly sriKnown: string;
    readonly sriUnknown: string;
    readonly platform: string;
    readonly platforms: Readonly<Record<Platform, string>>;
    readonly recipes: Readonly<Record<Platform, readonly string[]>>;
    readonly scriptPart: string;
    readonly tagsPart: string;
  };
  readonly back: {
    readonly heading: string;
    readonly pasteLabel: string;
    readonly pasteHint: string;
    readonly read: string;
    readonly readDone: string;
    /** As readDone, for a snippet whose quotes were curly and were straightened. */
    readonly readStraightened: string;
    readonly nothingFound: string;
    readonly notesHeading: string;
    readonly notes: Readonly<Record<NoteKind, string>>;
    readonly save: string;
    readonly open: string;
    readonly openHint: string;
    readonly saved: string;
    readonly opened: string;
    readonly openFailed: string;
  };
  readonly preview: {
    readonly heading: string;
    readonly hint: string;
    readonly width: string;
    readonly phone: string;
    readonly desktop: string;
    readonly page: string;
    readonly light: string;
    readonly dark: string;
    readonly language: string;
  };
}

export const PLATFORMS = ['html', 'wordpress', 'squarespace', 'wix', 'webflow'] as const;
export type Platform = (typeof PLATFORMS)[number];

const en: EditorWords = {
  title: 'Make the widgets yours',
  intro:
    'Fill in what you want visitors to know, change any wording, and add your own questions. The preview changes as you type. When you are done, copy the snippet into your website.',
  promise:
    'Nothing you type here is stored or sent anywhere. Save your settings to a file to come back later.',
  skip: 'Skip to the editor',
  editorLanguage: 'Language of this page',
  widgetsLegend: 'Which widgets?',
  widgets: {
    'therapy-guide': 'What to expect in therapy, stage by stage',
    'therapy-confidentiality': 'What stays private',
    'therapy-faq': 'Questions people ask before a first session',
    'therapy-crisis': 'If you need help right now (crisis numbers)',
  },
  groups: {
    practice: 'Your practice',
    fees: 'Fees and insurance',
    policies: 'Policies',
    sessions: 'Sessions and location',
    look: 'Look',
    advanced: 'Advanced',
  },
  fields: {
    'practice-name': { label: 'Practice name' },
    jurisdiction: {
      label: 'Where you practise',
      hint: 'This sets the crisis numbers and the privacy rules shown. Another country: general words, no phone numbers.',
    },
    lang: {
      label: 'Language of the widgets',
      hint: 'Leave it as your page is, unless the page is in another language.',
    },
    clients: { label: 'Who you see' },
    languages: {
      label: 'Languages you offer sessions in',
      hint: 'Short codes, with spaces between: en es vi.',
    },
    phone: { label: 'Phone number' },
    email: { label: 'Email address' },
    'booking-url': { label: 'Booking page address', hint: 'Leave empty to leave the link out.' },
    'contact-url': { label: 'Contact page address' },
    'policy-url': { label: 'Privacy notice address' },
    'reply-days': { label: 'Working days to answer a message' },
    fee: { label: 'Fee for a session', hint: 'A number only, such as 150 or 95.50.' },
    'first-session-fee': { label: 'Fee for the first session, if it is different' },
    currency: {
      label: 'Currency',
      hint: 'A three-letter code such as USD, GBP or EUR. Most countries have one already.',
    },
    'sliding-scale': { label: 'Lower fees for people on low incomes' },
    'free-call': { label: 'Length of a free first call, in minutes' },
    insurance: { label: 'Insurance plans you take', hint: 'Names with commas between them.' },
    superbills: { label: 'Receipts clients can claim back with (superbills)' },
    'cancellation-hours': { label: 'Notice needed to cancel without a fee, in hours' },
    'cancellation-fee': {
      label: 'Fee for a later cancellation',
      hint: 'An amount, or the word full for the session fee.',
    },
    hipaa: { label: 'United States: are you a HIPAA covered entity?' },
    format: { label: 'How sessions happen' },
    'session-minutes': { label: 'Session length, in minutes' },
    address: { label: 'Address where you meet clients' },
    access: { label: 'Getting there', hint: 'Parking, step-free access, buses or trains.' },
    hours: { label: 'When sessions are offered' },
    'video-platform': { label: 'Video service for online sessions' },
    'wait-weeks': { label: 'Weeks until a first appointment, usually' },
    theme: { label: 'Colours' },
    'heading-level': {
      label: 'Heading level of each widget title',
      hint: 'Pick 3 if the widget sits under a heading of your own, so screen reader users hear a tidy outline.',
    },
  },
  options: {
    jurisdiction: {
      generic: 'Another country',
      us: 'United States',
      uk: 'United Kingdom',
      ie: 'Ireland',
      ca: 'Canada',
      au: 'Australia',
      nz: 'New Zealand',
    },
    lang: { '': 'The same as my page', en: 'English', es: 'Español' },
    format: { both: 'In person and online', 'in-person': 'In person only', online: 'Online only' },
    theme: {
      light: 'Light (your page’s colours)',
      dark: 'Dark',
      auto: 'As the visitor’s device is set',
    },
    yesNo: { '': 'Do not say', yes: 'Yes', no: 'No' },
    clients: {
      adults: 'Adults',
      couples: 'Couples',
      families: 'Families',
      teens: 'Teenagers',
      children: 'Children',
    },
    'heading-level': { '2': '2 (a main section)', '3': '3', '4': '4', '5': '5', '6': '6' },
  },
  notSet: 'Not set',
  problem: (accepted) => `The widgets will leave this out. They accept ${accepted}.`,
  fullAddress: (url) =>
    `Without https:// at the start, the link looks for this inside your own website and may lead nowhere. Did you mean ${url}?`,
  noCurrency: (country) => `Choose the currency your fees are in: there is none for “${country}”.`,
  colours: {
    accent: 'Accent colour (links and buttons)',
    text: 'Text colour',
    surface: 'Panel background colour',
    font: 'Font',
    samePage: 'The same as my page',
  },
  useOwn: 'Use my own',
  scriptUrl: {
    label: 'Where you put therapy-widgets.js',
    hint: 'Upload the file to your own website and give its address here. Then no other company learns who reads about therapy there.',
  },
  onEachTag: {
    label: 'Put the details on each widget instead of one settings block',
    hint: 'Needed on Wix. Changed wording still goes in a settings block.',
  },
  widgetOptions: {
    single: 'FAQ: only one answer open at a time',
    categories: 'FAQ: topics to show (all when none is ticked)',
    start: 'Guide: the stage shown first',
    crisis: 'Leave out the closing crisis line',
  },
  allStagesFirst: 'The first stage',
  content: {
    heading: 'What each widget says',
    intro: 'Untick anything you do not want to show. Open an item to change its words.',
    wordingLanguage: 'Wording in',
    show: 'Show',
    edit: 'Change the words',
    reset: 'Reset to our wording',
    changed: 'changed',
    practice: 'about your practice',
    general: 'Title and introduction',
    roles: {
      title: 'Title',
      intro: 'Introduction',
      question: 'Question',
      answer: 'Answer',
      summary: 'Summary',
      body: 'Text',
      prompt: 'Situation',
      explanation: 'Explanation',
      disclaimer: 'Note under the explainer',
      ask: 'Invitation to ask',
      scenariosTitle: 'Title of the situations',
      scenariosIntro: 'Introduction to the situations',
      prepTitle: 'Title of the preparation sheet',
      prepIntro: 'Introduction to the preparation sheet',
    },
    placeholders: 'Plain text. A blank line starts a new paragraph. {practice} becomes your practice’s name.',
    readability: (grade) =>
      `This may be hard to read: about school grade ${grade} (we aim for 8 or lower). Shorter sentences and words help.`,
    readabilitySpanish: (score) =>
      `This Spanish text may be hard to read: it scores ${score} on the INFLESZ scale (we aim for 55 or more). Shorter sentences and words help.`,
  },
  own: {
    heading: 'Your own questions',
    intro: 'Add questions your clients ask you. They join the FAQ under the topic you choose.',
    add: 'Add a question',
    question: 'Question',
    answer: 'Answer',
    answerHint: 'Plain text. A blank line starts a new paragraph.',
    category: 'Topic',
    noCategory: 'No topic',
    id: 'Link name (optional)',
    idHint: 'Lower-case letters, digits and dashes. Links to #faq-<name> open this question.',
    replaces: (question) =>
      `Visitors will see this question instead of ours: “${question}” To show both, give yours another link name.`,
    idUsed: (id) =>
      `The widget cannot use this link name as it is, so it will use “${id}”: links to #faq-${id} open this question.`,
    noQuestion: 'Add the question too: without one, this answer is not shown.',
    noAnswer: 'No answer yet: visitors who open this question will find it empty.',
    lang: 'Language',
    everyLanguage: 'Every language',
    onlyIn: { en: 'English only', es: 'Spanish only' },
    langHint:
      'A question in one language is shown only to readers in that language. To offer it in both, add it twice: once in English, once in Spanish.',
    remove: 'Remove',
    up: 'Move up',
    down: 'Move down',
    item: (n) => `Question ${n}`,
    none: 'No questions of your own yet.',
  },
  output: {
    heading: 'Your snippet',
    hint: 'Paste this where the widgets should appear.',
    label: 'Snippet to copy',
    copy: 'Copy the snippet',
    download: 'Download the snippet',
    copied: 'Copied. Now paste it into your page.',
    copyRefused:
      'Your browser did not let us copy. The text is selected: press Ctrl+C (or ⌘C on a Mac) to copy it.',
    downloaded: 'Saved as therapy-widgets-snippet.html in your downloads.',
    sriKnown:
      'The integrity line matches this version of therapy-widgets.js. If you update the file, make a new snippet.',
    sriUnknown:
      'No integrity hash is known here, so the script line has none. Add integrity="…" with the line from therapy-widgets.js.sri, which comes with the file.',
    platform: 'Your website builder',
    platforms: {
      html: 'Plain HTML',
      wordpress: 'WordPress',
      squarespace: 'Squarespace',
      wix: 'Wix',
      webflow: 'Webflow',
    },
    recipes: {
      html: ['Put the script line in the page’s <head>.', 'Put the rest where the widgets belong.'],
      wordpress: [
        'Edit the page and add a Custom HTML block where the widgets go.',
        'Paste the whole snippet into it. Only Administrators and Editors can paste code.',
        'Save, and look at the published page (the block’s Preview tab is not your real page).',
      ],
      squarespace: [
        'Settings → Advanced → Code Injection: paste the script line into Header.',
        'Edit the page, add a Code block where the widgets go, and paste the rest.',
        'Test in a private window.',
      ],
      wix: [
        'Settings → Custom Code → Add Custom Code: paste the script line, All pages, Head.',
        'Add Elements → Embed → Custom Element for each widget: Server URL is the file’s address, Tag Name the widget (therapy-faq); add each detail under Set Attributes.',
        'Wix needs the details on each widget (tick that under Advanced). Your own questions and changed wording are not possible on Wix.',
      ],
      webflow: [
        'Site settings → Custom code → Head code: paste the script line.',
        'Add a Code Embed element where the widgets go and paste the rest.',
        'Publish and look at the published site: the Designer shows empty boxes.',
      ],
    },
    scriptPart: 'The script line (once per page)',
    tagsPart: 'The rest (where the widgets go)',
  },
  back: {
    heading: 'Coming back',
    pasteLabel: 'Already have a snippet? Paste it here',
    pasteHint: 'The editor reads it back into every field. Nothing in it runs.',
    read: 'Read the snippet',
    readDone: 'Read. Every field now shows what the snippet says.',
    readStraightened:
      'Read, after turning its curly quotation marks (“ ”) into straight ones ("). Every field now shows what the snippet says. If your site has the curly version, paste the snippet from here instead: the widgets need straight quotes.',
    nothingFound: 'No therapy-widgets snippet was found in that text.',
    notesHeading: 'Parts the editor did not take',
    notes: {
      element: 'An element the widgets do not use',
      attribute: 'A setting the editor does not know',
      key: 'A key of the settings block the editor does not know',
      'text-id': 'Changed wording for something that does not exist',
      json: 'The settings block could not be read',
      'unsafe-url': 'An address that is not safe (left out)',
      code: 'Code, which was not run (left out)',
      'loose-text': 'Text outside the widgets (left out)',
      'answer-markup': 'Formatting in an answer (only its words were kept)',
      value: 'A value the editor could not use',
      'other-block': 'A settings block under another name',
      conflict: 'Two different values for one setting (the first was kept)',
    },
    save: 'Save settings to a file',
    open: 'Open a settings file',
    openHint: 'A file saved from this page. It is read here; nothing is uploaded.',
    saved: 'Saved as therapy-widgets-settings.json in your downloads.',
    opened: 'Opened. Every field now shows the file’s settings.',
    openFailed: 'That file is not a settings file from this editor.',
  },
  preview: {
    heading: 'Live preview',
    hint: 'These are the real widgets, with your settings.',
    width: 'Width',
    phone: 'Phone',
    desktop: 'Desktop',
    page: 'Page colours',
    light: 'Light page',
    dark: 'Dark page',
    language: 'Preview in',
  },
};

const es: EditorWords = {
  title: 'Haz tuyos los widgets',
  intro:
    'Escribe lo que quieres que sepan tus visitantes, cambia cualquier texto y añade tus propias preguntas. La vista previa cambia mientras escribes. Al terminar, copia el fragmento en tu sitio web.',
  promise:
    'Nada de lo que escribes aquí se guarda ni se envía. Guarda tu configuración en un archivo para volver más tarde.',
  skip: 'Saltar al editor',
  editorLanguage: 'Idioma de esta página',
  widgetsLegend: '¿Qué widgets?',
  widgets: {
    'therapy-guide': 'Qué esperar de la terapia, etapa por etapa',
    'therapy-confidentiality': 'Qué queda en privado',
    'therapy-faq': 'Preguntas antes de la primera sesión',
    'therapy-crisis': 'Si necesitas ayuda ahora (números de crisis)',
  },
  groups: {
    practice: 'Tu consulta',
    fees: 'Tarifas y seguros',
    policies: 'Normas',
    sessions: 'Sesiones y lugar',
    look: 'Aspecto',
    advanced: 'Avanzado',
  },
  fields: {
    'practice-name': { label: 'Nombre de la consulta' },
    jurisdiction: {
      label: 'Dónde trabajas',
      hint: 'Decide los números de crisis y las normas de privacidad. Otro país: palabras generales, sin números de teléfono.',
    },
    lang: {
      label: 'Idioma de los widgets',
      hint: 'Déjalo como tu página, salvo que la página esté en otro idioma.',
    },
    clients: { label: 'A quién atiendes' },
    languages: {
      label: 'Idiomas de las sesiones',
      hint: 'Códigos cortos, separados por espacios: en es vi.',
    },
    phone: { label: 'Teléfono' },
    email: { label: 'Correo electrónico' },
    'booking-url': {
      label: 'Dirección de la página de citas',
      hint: 'Déjalo vacío para no mostrar el enlace.',
    },
    'contact-url': { label: 'Dirección de la página de contacto' },
    'policy-url': { label: 'Dirección del aviso de privacidad' },
    'reply-days': { label: 'Días laborables para responder un mensaje' },
    fee: { label: 'Tarifa de una sesión', hint: 'Solo un número, como 150 o 95.50.' },
    'first-session-fee': { label: 'Tarifa de la primera sesión, si es distinta' },
    currency: {
      label: 'Moneda',
      hint: 'Un código de tres letras como USD, GBP o EUR. La mayoría de los países ya tienen uno.',
    },
    'sliding-scale': { label: 'Tarifas más bajas para personas con pocos ingresos' },
    'free-call': { label: 'Duración de una primera llamada gratis, en minutos' },
    insurance: { label: 'Seguros que aceptas', hint: 'Nombres separados por comas.' },
    superbills: { label: 'Recibos para reclamar al seguro (superbills)' },
    'cancellation-hours': { label: 'Aviso para cancelar sin cargo, en horas' },
    'cancellation-fee': {
      label: 'Cargo por cancelar más tarde',
      hint: 'Un importe, o la palabra full para la tarifa de la sesión.',
    },
    hipaa: { label: 'Estados Unidos: ¿eres una entidad cubierta por HIPAA?' },
    format: { label: 'Cómo son las sesiones' },
    'session-minutes': { label: 'Duración de la sesión, en minutos' },
    address: { label: 'Dirección donde atiendes' },
    access: { label: 'Cómo llegar', hint: 'Aparcamiento, acceso sin escalones, autobuses o trenes.' },
    hours: { label: 'Horario de las sesiones' },
    'video-platform': { label: 'Servicio de video para las sesiones en línea' },
    'wait-weeks': { label: 'Semanas hasta una primera cita, normalmente' },
    theme: { label: 'Colores' },
    'heading-level': {
      label: 'Nivel del título de cada widget',
      hint: 'Elige 3 si el widget va bajo un título tuyo, para que los lectores de pantalla oigan un esquema ordenado.',
    },
  },
  options: {
    jurisdiction: {
      generic: 'Otro país',
      us: 'Estados Unidos',
      uk: 'Reino Unido',
      ie: 'Irlanda',
      ca: 'Canadá',
      au: 'Australia',
      nz: 'Nueva Zelanda',
    },
    lang: { '': 'El mismo que mi página', en: 'English', es: 'Español' },
    format: { both: 'En persona y en línea', 'in-person': 'Solo en persona', online: 'Solo en línea' },
    theme: {
      light: 'Claro (los colores de tu página)',
      dark: 'Oscuro',
      auto: 'Según el ajuste del visitante',
    },
    yesNo: { '': 'No decirlo', yes: 'Sí', no: 'No' },
    clients: {
      adults: 'Adultos',
      couples: 'Parejas',
      families: 'Familias',
      teens: 'Adolescentes',
      children: 'Niños',
    },
    'heading-level': {
      '2': '2 (sección principal)',
      '3': '3',
      '4': '4',
      '5': '5',
      '6': '6',
    },
  },
  notSet: 'Sin indicar',
  problem: (accepted) => `Los widgets dejarán esto fuera. Aceptan (en inglés): ${accepted}.`,
  fullAddress: (url) =>
    `Sin https:// al principio, el enlace lo busca dentro de tu propio sitio web y puede no llevar a ninguna parte. ¿Querías decir ${url}?`,
  noCurrency: (country) => `Indica la moneda de tus tarifas: «${country}» no tiene una propia.`,
  colours: {
    accent: 'Color de acento (enlaces y botones)',
    text: 'Color del texto',
    surface: 'Color de fondo de los paneles',
    font: 'Tipo de letra',
    samePage: 'El mismo que mi página',
  },
  useOwn: 'Usar el mío',
  scriptUrl: {
    label: 'Dónde pusiste therapy-widgets.js',
    hint: 'Sube el archivo a tu propio sitio web y escribe aquí su dirección. Así ninguna otra empresa sabe quién lee sobre terapia allí.',
  },
  onEachTag: {
    label: 'Poner los datos en cada widget en lugar de un bloque de configuración',
    hint: 'Necesario en Wix. Los textos cambiados siguen en un bloque de configuración.',
  },
  widgetOptions: {
    single: 'Preguntas: solo una respuesta abierta a la vez',
    categories: 'Preguntas: temas que mostrar (todos si no marcas ninguno)',
    start: 'Guía: la etapa que se muestra primero',
    crisis: 'No mostrar la línea de crisis del final',
  },
  allStagesFirst: 'La primera etapa',
  content: {
    heading: 'Lo que dice cada widget',
    intro: 'Desmarca lo que no quieras mostrar. Abre un elemento para cambiar su texto.',
    wordingLanguage: 'Textos en',
    show: 'Mostrar',
    edit: 'Cambiar el texto',
    reset: 'Volver a nuestro texto',
    changed: 'cambiado',
    practice: 'sobre tu consulta',
    general: 'Título e introducción',
    roles: {
      title: 'Título',
      intro: 'Introducción',
      question: 'Pregunta',
      answer: 'Respuesta',
      summary: 'Resumen',
      body: 'Texto',
      prompt: 'Situación',
      explanation: 'Explicación',
      disclaimer: 'Nota bajo la explicación',
      ask: 'Invitación a preguntar',
      scenariosTitle: 'Título de las situaciones',
      scenariosIntro: 'Introducción a las situaciones',
      prepTitle: 'Título de la hoja para prepararse',
      prepIntro: 'Introducción a la hoja para prepararse',
    },
    placeholders:
      'Texto simple. Una línea en blanco empieza un párrafo nuevo. {practice} se cambia por el nombre de tu consulta.',
    readability: (grade) =>
      `Puede ser difícil de leer: más o menos de nivel escolar ${grade} (buscamos 8 o menos). Ayudan frases y palabras más cortas.`,
    readabilitySpanish: (score) =>
      `Puede ser difícil de leer: tiene ${score} puntos en la escala INFLESZ (buscamos 55 o más). Ayudan frases y palabras más cortas.`,
  },
  own: {
    heading: 'Tus propias preguntas',
    intro:
      'Añade preguntas que te hacen tus clientes. Se suman a las preguntas frecuentes, en el tema que elijas.',
    add: 'Añadir una pregunta',
    question: 'Pregunta',
    answer: 'Respuesta',
    answerHint: 'Texto simple. Una línea en blanco empieza un párrafo nuevo.',
    category: 'Tema',
    noCategory: 'Sin tema',
    id: 'Nombre del enlace (opcional)',
    idHint: 'Minúsculas, números y guiones. Los enlaces a #faq-<nombre> abren esta pregunta.',
    replaces: (question) =>
      `Esta pregunta ocupa el lugar de la nuestra: «${question}». Para mostrar las dos, dale a la tuya otro nombre de enlace.`,
    idUsed: (id) =>
      `El widget no puede usar este nombre de enlace tal cual, así que usará «${id}»: los enlaces a #faq-${id} abren esta pregunta.`,
    noQuestion: 'Añade también la pregunta: sin ella, esta respuesta no se muestra.',
    noAnswer: 'Aún no hay respuesta: quien abra esta pregunta la encontrará vacía.',
    lang: 'Idioma',
    everyLanguage: 'Todos los idiomas',
    onlyIn: { en: 'Solo en inglés', es: 'Solo en español' },
    langHint:
      'Una pregunta en un solo idioma solo la ve quien lee en ese idioma. Para ofrecerla en los dos, añádela dos veces: una en inglés y otra en español.',
    remove: 'Quitar',
    up: 'Subir',
    down: 'Bajar',
    item: (n) => `Pregunta ${n}`,
    none: 'Todavía no hay preguntas propias.',
  },
  output: {
    heading: 'Tu fragmento',
    hint: 'Pega esto donde deben aparecer los widgets.',
    label: 'Fragmento para copiar',
    copy: 'Copiar el fragmento',
    download: 'Descargar el fragmento',
    copied: 'Copiado. Ahora pégalo en tu página.',
    copyRefused:
      'Tu navegador no nos dejó copiar. El texto está seleccionado: pulsa Ctrl+C (o ⌘C en un Mac) para copiarlo.',
    downloaded: 'Guardado como therapy-widgets-snippet.html en tus descargas.',
    sriKnown:
      'La línea de integridad coincide con esta versión de therapy-widgets.js. Si actualizas el archivo, haz un fragmento nuevo.',
    sriUnknown:
      'Aquí no se conoce el hash de integridad, así que la línea del script no lo lleva. Añade integrity="…" con la línea de therapy-widgets.js.sri, que viene con el archivo.',
    platform: 'Tu creador de sitios web',
    platforms: {
      html: 'HTML',
      wordpress: 'WordPress',
      squarespace: 'Squarespace',
      wix: 'Wix',
      webflow: 'Webflow',
    },
    recipes: {
      html: ['Pon la línea del script en el <head> de la página.', 'Pon el resto donde van los widgets.'],
      wordpress: [
        'Edita la página y añade un bloque HTML personalizado donde van los widgets.',
        'Pega todo el fragmento. Solo Administradores y Editores pueden pegar código.',
        'Guarda y mira la página publicada (la pestaña Vista previa del bloque no es tu página real).',
      ],
      squarespace: [
        'Settings → Advanced → Code Injection: pega la línea del script en Header.',
        'Edita la página, añade un bloque Code donde van los widgets y pega el resto.',
        'Pruébalo en una ventana privada.',
      ],
      wix: [
        'Settings → Custom Code → Add Custom Code: pega la línea del script, All pages, Head.',
        'Add Elements → Embed → Custom Element para cada widget: Server URL es la dirección del archivo, Tag Name el widget (therapy-faq); añade cada dato en Set Attributes.',
        'Wix necesita los datos en cada widget (márcalo en Avanzado). Tus preguntas y textos cambiados no son posibles en Wix.',
      ],
      webflow: [
        'Site settings → Custom code → Head code: pega la línea del script.',
        'Añade un elemento Code Embed donde van los widgets y pega el resto.',
        'Publica y mira el sitio publicado: el Designer muestra cajas vacías.',
      ],
    },
    scriptPart: 'La línea del script (una vez por página)',
    tagsPart: 'El resto (donde van los widgets)',
  },
  back: {
    heading: 'Volver más tarde',
    pasteLabel: '¿Ya tienes un fragmento? Pégalo aquí',
    pasteHint: 'El editor lo lee y rellena cada campo. Nada de él se ejecuta.',
    read: 'Leer el fragmento',
    readDone: 'Leído. Cada campo muestra ahora lo que dice el fragmento.',
    readStraightened:
      'Leído, tras cambiar sus comillas curvas (“ ”) por rectas ("). Cada campo muestra ahora lo que dice el fragmento. Si en tu sitio está la versión con comillas curvas, pega en su lugar el fragmento de aquí: los widgets necesitan comillas rectas.',
    nothingFound: 'No se encontró un fragmento de therapy-widgets en ese texto.',
    notesHeading: 'Partes que el editor no tomó',
    notes: {
      element: 'Un elemento que los widgets no usan',
      attribute: 'Un ajuste que el editor no conoce',
      key: 'Una clave del bloque de configuración que el editor no conoce',
      'text-id': 'Texto cambiado para algo que no existe',
      json: 'No se pudo leer el bloque de configuración',
      'unsafe-url': 'Una dirección que no es segura (se dejó fuera)',
      code: 'Código, que no se ejecutó (se dejó fuera)',
      'loose-text': 'Texto fuera de los widgets (se dejó fuera)',
      'answer-markup': 'Formato en una respuesta (solo se guardaron sus palabras)',
      value: 'Un valor que el editor no pudo usar',
      'other-block': 'Un bloque de configuración con otro nombre',
      conflict: 'Dos valores distintos para un ajuste (se guardó el primero)',
    },
    save: 'Guardar la configuración en un archivo',
    open: 'Abrir un archivo de configuración',
    openHint: 'Un archivo guardado desde esta página. Se lee aquí; no se sube nada.',
    saved: 'Guardado como therapy-widgets-settings.json en tus descargas.',
    opened: 'Abierto. Cada campo muestra ahora la configuración del archivo.',
    openFailed: 'Ese archivo no es un archivo de configuración de este editor.',
  },
  preview: {
    heading: 'Vista previa',
    hint: 'Son los widgets reales, con tu configuración.',
    width: 'Ancho',
    phone: 'Teléfono',
    desktop: 'Escritorio',
    page: 'Colores de la página',
    light: 'Página clara',
    dark: 'Página oscura',
    language: 'Ver en',
  },
};

export const WORDS: { readonly [L in Locale]: EditorWords } = { en, es };
