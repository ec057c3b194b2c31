/**
 * The "Prepare for your first session" sheet as plain text, for Copy. Pure: no DOM, no Lit.
 */
export interface PrepQuestion {
  readonly id: string;
  readonly text: string;
}

export interface PrepSheet {
  readonly title: string;
  readonly questionsHeading: string;
  readonly questions: readonly string[];
  readonly hopesLabel: string;
  /** What the reader typed; left out when blank. */
  readonly hopes: string;
}

/**
 * The questions that go on the sheet, in the guide's order: the ticked ones, or every one
 * when none is ticked (a reader who copies before ticking wants the whole list, not an
 * empty one).
 */
export function chosenQuestions<Q extends PrepQuestion>(all: readonly Q[], ticked: ReadonlySet<string>): Q[] {
  const chosen = all.filter((question) => ticked.has(question.id));
  return chosen.length > 0 ? chosen : [...all];
}

/**
 * The sheet as plain text: the title, the questions as a dashed list under their heading,
 * then the hopes under their label. Sections are separated by one blank line; no line has
 * trailing spaces and the text has no trailing newline.
 */
export function prepText(sheet: PrepSheet): string {
  const hopes = sheet.hopes
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
  const sections = [
    sheet.title,
    [sheet.questionsHeading, ...sheet.questions.map((question) => `- ${question}`)].join('\n'),
  ];
  if (hopes !== '') sections.push(`${sheet.hopesLabel}\n${hopes}`);
  return sections.join('\n\n');
}
