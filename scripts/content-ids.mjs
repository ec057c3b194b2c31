// The ids a practice can use, read from the content modules (src/content/**): FAQ items and
// topics, guide stages, confidentiality sections and situations, each with its deep-link
// fragment and its text-override ids (the `config` block's "text" keys). scripts/readme-api.mjs
// writes them into the README, so the list cannot drift from the content.
import { build } from 'esbuild';

/** Imports src/content/index.ts and the compose layer (TypeScript) by bundling them in memory. */
async function loadContent() {
  const result = await build({
    stdin: {
      contents:
        "export * from './src/content/index.ts'; export { composeFaq } from './src/content/compose.ts';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const code = (text) => `\`${text}\``;
const list = (items) => items.map(code).join(', ');

function table(headers, rows) {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** One row per id: the id, its deep link `#<prefix>-<id>` and its `<prefix>.<id>.<key>` overrides. */
const idRows = (ids, prefix, keys) =>
  ids.map((id) => [code(id), code(`#${prefix}-${id}`), list(keys.map((key) => `${prefix}.${id}.${key}`))]);

/** The ids of one list, checked to be the same, in the same order, in every locale. */
function ids(byLocale, pick, what) {
  const [first, ...rest] = Object.entries(byLocale).map(([locale, content]) => [
    locale,
    pick(content).map((x) => x.id),
  ]);
  for (const [locale, other] of rest) {
    if (other.join() !== first[1].join()) {
      throw new Error(`${what}: the ${locale} ids differ from the ${first[0]} ids (${other} vs ${first[1]})`);
    }
  }
  return first[1];
}

export async function contentIdsMarkdown() {
  const { FAQ_CONTENT, GUIDE_CONTENT, CONFIDENTIALITY_CONTENT, composeFaq } = await loadContent();
  // Every FAQ item, the questions about the practice included, in the order a FAQ shows them.
  const faq = Object.fromEntries(
    Object.keys(FAQ_CONTENT).map((locale) => [
      locale,
      composeFaq({ locale, settings: { jurisdiction: 'generic', format: 'both' }, facts: {} }),
    ]),
  );
  const topics = ids(FAQ_CONTENT, (c) => c.categories, 'FAQ topics');
  const items = ids(faq, (c) => c.items, 'FAQ items');
  const stages = ids(GUIDE_CONTENT, (c) => c.stages, 'guide stages');
  const sections = ids(CONFIDENTIALITY_CONTENT, (c) => c.sections, 'confidentiality sections');
  const scenarios = ids(CONFIDENTIALITY_CONTENT, (c) => c.scenarios, 'confidentiality situations');
  const topicOf = new Map(faq.en.items.map((item) => [item.id, item.category]));

  return [
    '### Content ids, deep links and text overrides',
    'Every id works in `include`/`exclude` (FAQ items, guide stages, confidentiality sections and situations), as a deep link (`href="#…"` anywhere on the page), and as the start of a text-override key in the `config` block\'s `"text"` object. Overrides are plain text; `{practice}`, `{minutes}` and `{format}` are filled in, and a blank line starts a new paragraph in answers and bodies.',
    '#### `<therapy-faq>`',
    `Topics (for \`categories\` and \`data-category\`): ${list(topics)}.`,
    table(
      ['item id', 'topic', 'deep link', 'text overrides'],
      idRows(items, 'faq', ['question', 'answer']).map(([id, ...rest], i) => [
        id,
        code(topicOf.get(items[i])),
        ...rest,
      ]),
    ),
    '#### `<therapy-guide>`',
    `Text overrides for the whole guide: ${list(['guide.title', 'guide.intro', 'guide.prep.title', 'guide.prep.intro'])}. The deep link ${code('#guide-prepare')} scrolls to the prep sheet.`,
    table(['stage id', 'deep link', 'text overrides'], idRows(stages, 'guide', ['title', 'summary'])),
    '#### `<therapy-confidentiality>`',
    `Text overrides for the whole explainer: ${list(['confidentiality.title', 'confidentiality.intro', 'confidentiality.scenarios.title', 'confidentiality.scenarios.intro', 'confidentiality.disclaimer', 'confidentiality.ask'])}.`,
    table(
      ['section id', 'deep link (opens the section)', 'text overrides'],
      idRows(sections, 'confidentiality', ['title', 'body']),
    ),
    table(
      ['situation id', 'deep link (chooses the situation)', 'text overrides'],
      idRows(scenarios, 'confidentiality', ['prompt', 'explanation']).map(([id, link, overrides], i) => [
        id,
        sections.includes(scenarios[i]) ? `${link} (opens the section of the same id)` : link,
        overrides,
      ]),
    ),
  ].join('\n\n');
}
