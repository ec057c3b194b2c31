import type { ConfidentialityUi, FaqUi, GuideUi } from '../ui-types.js';

export const faqUi: FaqUi = {
  searchLabel: 'Buscar en las preguntas',
  searchPlaceholder: 'Por ejemplo: precio, en línea',
  clearSearch: 'Borrar la búsqueda',
  results: (count) => (count === 1 ? '1 pregunta coincide' : `${count} preguntas coinciden`),
  noResults: 'Ninguna pregunta coincide con tu búsqueda.',
  noResultsContact: 'Puedes preguntarnos directamente cuando quieras.',
  categoriesLabel: 'Ver preguntas sobre',
  allCategories: 'Todos los temas',
  otherCategory: 'Más preguntas',
  expandAll: 'Abrir todas las respuestas',
  collapseAll: 'Cerrar todas las respuestas',
  allOpened: (count) =>
    count === 1 ? 'La respuesta está abierta.' : `Las ${count} respuestas están abiertas.`,
  allClosed: 'Todas las respuestas están cerradas.',
  showingAll: (count) => (count === 1 ? 'Se muestra la pregunta.' : `Se muestran las ${count} preguntas.`),
  copyLink: 'Copiar el enlace a esta pregunta',
  linkCopied: 'Enlace copiado.',
  copyFailed: 'No se pudo copiar. El enlace ya está en la barra de direcciones.',
  ctaHeading: 'Cuando tú quieras',
  ctaText: 'No hay prisa. Si tienes una pregunta que no aparece aquí, puedes hacérnosla.',
};

export const guideUi: GuideUi = {
  stepsLabel: 'Etapas de la terapia',
  previous: 'Etapa anterior',
  next: 'Etapa siguiente',
  progress: (index, count) => `Etapa ${index} de ${count}`,
  print: 'Imprimir la guía',
  copy: 'Copiar tu lista',
  copied: 'Copiado.',
  copyFailed: 'No se pudo copiar. Puedes imprimir tu lista o apuntarla a mano.',
  questionsToAsk: 'Preguntas para hacer',
  closing: 'Cuando sientas que es el momento, puedes dar el siguiente paso. No hay prisa.',
};

export const confidentialityUi: ConfidentialityUi = {
  lastReviewed: (month) => `Última revisión: ${month}.`,
  policyLink: 'Lee nuestro aviso de privacidad completo',
  scenarioLabel: 'Elige una situación',
  scenarioHint: 'Elige una situación y aquí verás la respuesta.',
  answerLabel: 'La respuesta',
};
