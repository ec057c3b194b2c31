// `npm run test:wordpress`: the WordPress plugin on a real WordPress (Debian's packages, see
// scripts/wordpress/harness.mjs), driven in Chromium as a practice owner, an Author and a
// reader would use it. Needs `npm run build` first (the plugin zip). Prints
// "N passed, N failed" as its last line.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSERS, CHROMIUM_FLAGS } from '../../scripts/browsers.mjs';
import { PLUGIN, pluginZip } from '../../scripts/wordpress/build-plugin.mjs';
import { USERS, startWordPress } from '../../scripts/wordpress/harness.mjs';
import { parsePo, pluginStrings } from '../../scripts/wordpress/po.mjs';
import { firefoxReads, webkitReads } from './engines.mjs';
import { PRACTICE, expectedConfig, readerChecks } from './reader.mjs';

const started = Date.now();
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const samples = JSON.parse(readFileSync('tests/wordpress/settings-samples.json', 'utf8')).fields;
const results = [];

/** One named check: passes, or fails with its reason; later checks still run. */
async function check(name, body) {
  const t = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(
      `  ✗ ${name}\n      ${String(error?.stack ?? error)
        .split('\n')
        .slice(0, 6)
        .join('\n      ')}`,
    );
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function equal(actual, expected, message) {
  const [a, b] = [JSON.stringify(actual), JSON.stringify(expected)];
  if (a !== b) throw new Error(`${message}\n        got:      ${a}\n        expected: ${b}`);
}

function phpFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return phpFiles(path);
    return name.endsWith('.php') ? [path] : [];
  });
}

const zip = pluginZip(version);
if (!existsSync(zip)) {
  console.error(`${zip} is missing: run npm run build first.`);
  process.exit(1);
}

console.log('WordPress plugin tests');
await check('php -l passes on every PHP file of the plugin and its tests', () => {
  const files = [...phpFiles('wordpress'), ...phpFiles(PLUGIN), ...phpFiles('tests/wordpress')];
  assert(files.length >= 10, `only ${files.length} PHP files found`);
  for (const file of files) execFileSync('php', ['-l', file], { stdio: 'pipe' });
});
await check('the PHP rules accept and refuse every sample of the table shared with the widgets', () => {
  execFileSync('php', ['tests/wordpress/php-rules.php', PLUGIN], { stdio: 'pipe' });
});

await check('every string the plugin shows has a Spanish translation with the same placeholders', () => {
  const spanish = parsePo(
    readFileSync('wordpress/therapy-widgets/languages/therapy-widgets-es_ES.po', 'utf8'),
  );
  const placeholders = (text) => (text.match(/%(\d\$)?[sd]/g) ?? []).sort().join();
  const strings = pluginStrings('wordpress/therapy-widgets');
  assert(strings.length > 50, `only ${strings.length} strings found`);
  const wrong = strings.filter(
    (text) => !spanish.get(text) || placeholders(spanish.get(text)) !== placeholders(text),
  );
  equal(wrong, [], 'untranslated or with other placeholders');
});

const wp = await startWordPress();
console.log(`  WordPress ${wp.versions.wordpress}, PHP ${wp.versions.php}, at ${wp.url}`);
const browser = await chromium.launch({ executablePath: BROWSERS.chromium.binary, args: CHROMIUM_FLAGS });
// Whatever happens below, the browser and every service stop (by pid) before this exits.
process.on('uncaughtException', async (error) => {
  console.error(error);
  await browser.close().catch(() => {});
  await wp.stop();
  process.exit(1);
});
const host = new URL(wp.url).host;

async function login(user) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${wp.url}/wp-login.php`);
  await page.fill('#user_login', user.login);
  await page.fill('#user_pass', user.password);
  await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
  return { context, page };
}

const SETTINGS = `${wp.url}/wp-admin/options-general.php?page=therapy-widgets`;

/** Fills the settings page with one value per field (even ones its controls do not offer) and saves. */
async function saveSettings(page, values) {
  await page.goto(SETTINGS);
  await page.evaluate((entries) => {
    for (const [name, value] of entries) {
      const control = document.getElementById(`therapy-widgets-${name}`);
      if (control instanceof HTMLSelectElement) {
        if (![...control.options].some((option) => option.value === value))
          control.add(new Option(value, value));
        control.value = value;
      } else if (control instanceof HTMLInputElement) {
        control.value = value;
      } else {
        // The checkboxes: tick the given words, adding one for a word the page does not offer.
        const boxes = [...document.querySelectorAll(`input[name="therapy_widgets_settings[${name}][]"]`)];
        const words = value.split(/\s+/).filter(Boolean);
        for (const box of boxes) box.checked = words.includes(box.value);
        for (const word of words.filter((w) => !boxes.some((box) => box.value === w))) {
          const extra = boxes[0].cloneNode();
          extra.value = word;
          extra.checked = true;
          boxes[0].parentElement.append(extra);
        }
      }
    }
  }, Object.entries(values));
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
  return page.evaluate(() => ({
    notices: [...document.querySelectorAll('.notice, .error, .updated')].map((n) => n.textContent.trim()),
    problems: Object.fromEntries(
      [...document.querySelectorAll('.therapy-widgets-problem')].map((el) => [
        el
          .closest('p')
          .id.replace(/^therapy-widgets-/, '')
          .replace(/-help$/, ''),
        el.textContent,
      ]),
    ),
  }));
}

/** The saved option ({} when empty: PHP's empty array is JSON's []). */
const saved = () =>
  JSON.parse(wp.php(`echo wp_json_encode( (object) get_option( 'therapy_widgets_settings', array() ) );`));

let admin;
try {
  await check(
    'an Administrator uploads the plugin zip (Plugins → Add New → Upload) and activates it',
    async () => {
      admin = await login(USERS.admin);
      const { page } = admin;
      await page.goto(`${wp.url}/wp-admin/plugin-install.php?tab=upload`);
      await page.setInputFiles('#pluginzip', zip);
      await Promise.all([page.waitForLoadState('load'), page.click('#install-plugin-submit')]);
      await page.getByText('Plugin installed successfully.').waitFor();
      await Promise.all([
        page.waitForURL(/plugins\.php/),
        page.click('a.button-primary:has-text("Activate Plugin")'),
      ]);
      await page.getByText('Plugin activated.').waitFor();
      assert(
        wp
          .php(
            `echo in_array( 'therapy-widgets/therapy-widgets.php', get_option( 'active_plugins' ), true ) ? 'yes' : 'no';`,
          )
          .trim() === 'yes',
        'the plugin is not active',
      );
    },
  );

  await check(
    'Settings → Therapy widgets has one field for every setting, named like the attributes',
    async () => {
      const { page } = admin;
      await page.goto(`${wp.url}/wp-admin/options-general.php`);
      await page.click('#adminmenu a:has-text("Therapy widgets")');
      await page.waitForURL(/page=therapy-widgets/);
      const names = await page.$$eval('[name^="therapy_widgets_settings["]', (controls) => [
        ...new Set(controls.map((c) => c.name.replace(/^therapy_widgets_settings\[([^\]]+)\].*$/, '$1'))),
      ]);
      equal(names.sort(), Object.keys(samples).sort(), 'the fields on the page');
      assert((await page.$$('input[name="_wpnonce"]')).length === 1, 'the form has no nonce');
    },
  );

  const rounds = (kind) => Math.max(...Object.values(samples).map((s) => s[kind].length));
  await check(
    'every invalid sample is refused on save, each with a message naming the field and what it takes',
    async () => {
      for (let round = 0; round < rounds('invalid'); round++) {
        const values = Object.fromEntries(
          Object.entries(samples).map(([name, s]) => [name, s.invalid[round % s.invalid.length]]),
        );
        const { problems, notices } = await saveSettings(admin.page, values);
        equal(
          Object.keys(problems).sort(),
          Object.keys(samples).sort(),
          `round ${round}: fields with a message`,
        );
        assert(
          notices.some((n) =>
            /Session length in minutes was not saved: .* Please enter a whole number from 15 to 180/.test(n),
          ),
          `round ${round}: no plain-words message at the top of the page: ${notices.join(' | ')}`,
        );
        equal(saved(), {}, `round ${round}: nothing refused was saved`);
      }
    },
  );

  await check('every valid sample is saved as the widgets read it', async () => {
    for (let round = 0; round < rounds('valid'); round++) {
      const values = Object.fromEntries(
        Object.entries(samples).map(([name, s]) => [name, s.valid[round % s.valid.length]]),
      );
      const { problems } = await saveSettings(admin.page, values);
      equal(problems, {}, `round ${round}: messages`);
      equal(Object.keys(saved()).sort(), Object.keys(samples).sort(), `round ${round}: saved fields`);
    }
  });

  await check('a fee without any currency (country "generic") is refused with a message', async () => {
    const { problems } = await saveSettings(admin.page, {
      jurisdiction: 'generic',
      currency: '',
      fee: '120',
    });
    assert(/no usual currency/.test(problems.fee ?? ''), `fee: ${problems.fee}`);
    assert(!('fee' in saved()), 'the fee was saved');
  });

  await check('the Administrator fills in the practice and every fact, and they are saved', async () => {
    const cleared = Object.fromEntries(Object.keys(samples).map((name) => [name, '']));
    const { problems, notices } = await saveSettings(admin.page, { ...cleared, ...PRACTICE });
    equal(problems, {}, 'messages');
    assert(
      notices.some((n) => n.includes('Settings saved.')),
      `notices: ${notices.join(' | ')}`,
    );
    equal(saved(), expectedConfig(), 'the saved settings');
  });

  await check(
    'on a Spanish site the settings page, its messages and the blocks in the editor are in Spanish',
    async () => {
      wp.php(`update_option( 'WPLANG', 'es_ES' );`);
      try {
        const { problems } = await saveSettings(admin.page, { 'session-minutes': 'cincuenta' });
        const page = await admin.page.evaluate(() => ({
          label: document.querySelector('label[for="therapy-widgets-practice-name"]')?.textContent,
          button: document.getElementById('submit')?.value,
        }));
        equal(page, { label: 'Nombre de la consulta', button: 'Guardar los ajustes' }, 'the page in Spanish');
        assert(
          /no se guardó: los widgets no pueden usar «cincuenta»/.test(problems['session-minutes'] ?? ''),
          `message: ${problems['session-minutes']}`,
        );
        equal(saved(), expectedConfig(), 'the saved settings after a refused value');

        // The block editor too: the blocks' names and their sidebar.
        await admin.page.goto(`${wp.url}/wp-admin/post-new.php`);
        await admin.page.waitForFunction(() => window.wp?.blocks?.getBlockType('therapy-widgets/faq'));
        const title = await admin.page.evaluate(() => {
          const { dispatch, select } = window.wp.data;
          if (select('core/edit-post').isFeatureActive('welcomeGuide'))
            dispatch('core/edit-post').toggleFeature('welcomeGuide');
          const block = window.wp.blocks.createBlock('therapy-widgets/faq', {});
          dispatch('core/block-editor').insertBlocks(block);
          dispatch('core/block-editor').selectBlock(block.clientId);
          return window.wp.blocks.getBlockType('therapy-widgets/faq').title;
        });
        equal(title, 'Preguntas sobre la primera sesión', 'the FAQ block’s title');
        await admin.page.waitForSelector(
          '.block-editor-block-inspector :text("Solo una respuesta abierta a la vez")',
        );
      } finally {
        wp.php(`update_option( 'WPLANG', '' );`);
      }
    },
  );
} finally {
  await admin?.context.close();
}

// The Author publishes two posts: classic content with shortcodes, and one with blocks.
const posts = {};
let author;
try {
  await check(
    'an Author (without unfiltered_html) publishes a classic post with the four shortcodes',
    async () => {
      equal(
        wp
          .php(
            `echo user_can( get_user_by( 'login', '${USERS.author.login}' ), 'unfiltered_html' ) ? 'yes' : 'no';`,
          )
          .trim(),
        'no',
        'the Author may paste unfiltered HTML',
      );
      author = await login(USERS.author);
      const { page } = author;
      await page.goto(`${wp.url}/wp-admin/post-new.php`);
      await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId());
      const content = [
        'Before your first session, a few answers.',
        '[therapy_guide start="first-session"]',
        '[therapy_confidentiality]',
        '[therapy_faq include="cost insurance cancellation session-length first-session" heading_level="3" single]',
        '[therapy_crisis]',
        'See you soon.',
      ].join('\n\n');
      const post = await page.evaluate(
        async (body) => {
          const response = await fetch('/?rest_route=/wp/v2/posts', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': window.wpApiSettings.nonce },
            body: JSON.stringify(body),
          });
          return response.json();
        },
        { title: 'Before your first session (shortcodes)', content, status: 'publish' },
      );
      assert(post.status === 'publish', `not published: ${JSON.stringify(post).slice(0, 300)}`);
      equal(post.content.raw ?? content, content, 'the stored content');
      posts.shortcodes = post.link;
    },
  );

  await check(
    'the Author adds the four blocks in the block editor, sees their previews and publishes',
    async () => {
      const { page } = author;
      await page.goto(`${wp.url}/wp-admin/post-new.php`);
      await page.waitForFunction(() => window.wp?.blocks?.getBlockType('therapy-widgets/faq'));
      await page.evaluate(() => {
        const { dispatch, select } = window.wp.data;
        if (select('core/edit-post').isFeatureActive('welcomeGuide'))
          dispatch('core/edit-post').toggleFeature('welcomeGuide');
        const { createBlock } = window.wp.blocks;
        dispatch('core/editor').editPost({ title: 'Starting therapy (blocks)' });
        dispatch('core/block-editor').insertBlocks([
          createBlock('core/paragraph', { content: 'What to expect, in our words.' }),
          createBlock('therapy-widgets/guide', { start: 'first-session' }),
          createBlock('therapy-widgets/confidentiality', {}),
          createBlock('therapy-widgets/faq', {
            heading_level: '3',
            questions: [
              {
                question: 'Do you have evening appointments?',
                answer: 'Yes, until 8pm on weekdays.\n\nAsk for one when you book.',
                category: '',
              },
              {
                question: '¿Tienen citas por la tarde?',
                answer: 'Sí, hasta las 8 de la noche entre semana.',
                category: '',
                lang: 'es',
              },
            ],
          }),
          createBlock('therapy-widgets/crisis', {}),
        ]);
      });
      // The previews are the real widgets, rendered by the server and upgraded by the module.
      await page.waitForFunction(
        () =>
          ['therapy-guide', 'therapy-confidentiality', 'therapy-faq', 'therapy-crisis'].every(
            (tag) =>
              (document.querySelector(`.editor-styles-wrapper ${tag}`)?.shadowRoot?.textContent ?? '')
                .length > 40,
          ),
        null,
        { timeout: 30_000 },
      );
      const preview = await page.evaluate(
        () => document.querySelector('.editor-styles-wrapper therapy-faq').shadowRoot.textContent,
      );
      assert(preview.includes('Do you have evening appointments?'), 'the FAQ preview lacks the own question');
      // The FAQ block's sidebar shows its settings.
      await page.click('.editor-styles-wrapper .wp-block-therapy-widgets-faq');
      await page.waitForSelector('.block-editor-block-inspector :text("Only one answer open at a time")');
      await page.click('.editor-post-publish-panel__toggle');
      await page.click('.editor-post-publish-panel .editor-post-publish-button');
      await page.waitForFunction(() => window.wp.data.select('core/editor').isCurrentPostPublished(), null, {
        timeout: 20_000,
      });
      posts.blocks = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPost().link);
      const stored = wp.php(
        `echo get_post_field( 'post_content', url_to_postid( ${JSON.stringify(posts.blocks)} ) );`,
      );
      assert(stored.includes('<!-- wp:therapy-widgets/faq'), `stored: ${stored.slice(0, 200)}`);
      // The Spanish-only question is rendered for the FAQ to show only in Spanish.
      const served = await (await fetch(posts.blocks)).text();
      assert(
        served.includes('<details lang="es"><summary>¿Tienen citas por la tarde?</summary>'),
        'the Spanish-only own question is not rendered as <details lang="es">',
      );
      assert(!stored.includes('<therapy-'), 'the post stores widget markup instead of the block');
      assert(
        wp
          .php(
            `echo get_userdata( get_post_field( 'post_author', url_to_postid( ${JSON.stringify(posts.blocks)} ) ) )->user_login;`,
          )
          .trim() === USERS.author.login,
        'the post is not the Author’s',
      );
    },
  );

  await check(
    'the Author edits the published block post again, and the widgets and own question stay',
    async () => {
      const { page } = author;
      const id = Number(wp.php(`echo url_to_postid( ${JSON.stringify(posts.blocks)} );`));
      const before = wp.php(`echo get_post_field( 'post_content', ${id} );`);
      await page.goto(`${wp.url}/wp-admin/post.php?post=${id}&action=edit`);
      await page.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks().length > 0);
      await page.evaluate(async () => {
        const { dispatch, select } = window.wp.data;
        dispatch('core/editor').editPost({ title: 'Starting therapy (blocks, edited)' });
        await dispatch('core/editor').savePost();
        if (select('core/editor').didPostSaveRequestFail()) throw new Error('the save failed');
      });
      const after = wp.php(`echo get_post_field( 'post_content', ${id} );`);
      equal(after, before, 'the post content after the Author’s edit');
      assert(after.includes('Do you have evening appointments?'), 'the own question is gone');
    },
  );
} finally {
  await author?.context.close();
}

const shim = join(wp.wordpress, 'wp-content/mu-plugins/script-modules-shim.php');
const variants = [
  {
    theme: 'twentytwentythree',
    modules: false,
    label: 'WordPress 6.1 (no script modules), block theme Twenty Twenty-Three',
  },
  {
    theme: 'twentytwentyone',
    modules: false,
    label: 'WordPress 6.1 (no script modules), classic theme Twenty Twenty-One',
  },
  {
    theme: 'twentytwentythree',
    modules: true,
    label: 'the 6.5+ path (wp_enqueue_script_module, shimmed), block theme',
  },
  {
    theme: 'twentytwentyone',
    modules: true,
    label: 'the 6.5+ path (wp_enqueue_script_module, shimmed), classic theme',
  },
];
// The all-language module, which the theme recipe copies, and the one the plugin loads on this
// English site: the English-only file when the build shipped one (it does since per-locale
// modules exist), else the all-language file.
const integrity = readFileSync(join(PLUGIN, 'assets/therapy-widgets.js.sri'), 'utf8').trim();
const moduleFile = existsSync(join(PLUGIN, 'assets/therapy-widgets.en.js'))
  ? 'therapy-widgets.en.js'
  : 'therapy-widgets.js';
const moduleIntegrity = readFileSync(join(PLUGIN, `assets/${moduleFile}.sri`), 'utf8').trim();
for (const variant of variants) {
  wp.php(`switch_theme( '${variant.theme}' );`);
  if (variant.modules) copyFileSync('tests/wordpress/mu-plugins/script-modules-shim.php', shim);
  await check(
    `a logged-out reader sees all four widgets with the practice's facts, nothing requested elsewhere: ${variant.label}`,
    async () => {
      assert(posts.shortcodes && posts.blocks, 'the posts were not published');
      for (const [kind, link] of Object.entries(posts)) {
        await readerChecks(browser, link, {
          host,
          integrity: moduleIntegrity,
          file: moduleFile,
          version,
          kind,
          variant,
        });
      }
    },
  );
}

await check('the published post also renders for a reader in Firefox ESR and WebKitGTK', async () => {
  assert(posts.shortcodes, 'the post was not published');
  await firefoxReads(posts.shortcodes, host);
  await webkitReads(posts.shortcodes, host);
});

await check(
  'a per-language module shipped beside the all-language one is loaded for the site’s language',
  async () => {
    const assets = join(wp.wordpress, 'wp-content/plugins/therapy-widgets/assets');
    // A build without per-language files: this stands in for one, the same file under that name.
    const standIn = !existsSync(join(assets, 'therapy-widgets.en.js'));
    if (standIn) {
      copyFileSync(join(assets, 'therapy-widgets.js'), join(assets, 'therapy-widgets.en.js'));
      copyFileSync(join(assets, 'therapy-widgets.js.sri'), join(assets, 'therapy-widgets.en.js.sri'));
    }
    const expected = readFileSync(join(assets, 'therapy-widgets.en.js.sri'), 'utf8').trim();
    try {
      const html = await (await fetch(posts.shortcodes)).text();
      assert(
        /assets\/therapy-widgets\.en\.js\?ver=/.test(html),
        'the page does not load therapy-widgets.en.js',
      );
      assert(html.includes(`integrity="${expected}"`), 'the per-language module has no integrity hash');
    } finally {
      if (standIn) {
        rmSync(join(assets, 'therapy-widgets.en.js'));
        rmSync(join(assets, 'therapy-widgets.en.js.sri'));
      }
    }
  },
);

/** docs/embed.md's theme recipe, as a child theme's functions.php with the real hash. */
function installThemeRecipe() {
  const markdown = readFileSync('docs/embed.md', 'utf8');
  const code = /<!-- recipe: wordpress-theme-php -->\s*```php\n([\s\S]*?)\n```/.exec(markdown)?.[1];
  assert(code, 'docs/embed.md has no wordpress-theme-php recipe');
  const theme = join(wp.wordpress, 'wp-content/themes/calm-harbour');
  mkdirSync(theme, { recursive: true });
  writeFileSync(join(theme, 'style.css'), '/*\nTheme Name: Calm Harbour\nTemplate: twentytwentyone\n*/\n');
  writeFileSync(
    join(theme, 'functions.php'),
    `<?php\n${code.replace('sha384-REPLACE-WITH-YOUR-HASH', integrity)}\n`,
  );
  cpSync(join(PLUGIN, 'assets/therapy-widgets.js'), join(theme, 'therapy-widgets.js'));
  wp.php(`switch_theme( 'calm-harbour' );`);
  return wp
    .php(
      `kses_remove_filters();
echo get_permalink( wp_insert_post( array( 'post_title' => 'Theme recipe', 'post_status' => 'publish', 'post_content' => ${JSON.stringify(
        '<!-- wp:html --><therapy-guide practice-name="Calm Harbour Therapy" jurisdiction="us"></therapy-guide><therapy-faq practice-name="Calm Harbour Therapy" jurisdiction="us"></therapy-faq><!-- /wp:html -->',
      )} ) ) );`,
    )
    .trim();
}

let recipePost;
for (const modules of [true, false]) {
  if (!modules) rmSync(shim, { force: true });
  await check(
    `docs/embed.md's theme recipe works ${modules ? 'on the 6.5+ path (shimmed)' : 'on WordPress 6.1, without script modules'}`,
    async () => {
      recipePost ??= installThemeRecipe();
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        const response = await page.goto(recipePost);
        equal(response.status(), 200, 'the page’s status');
        await page.waitForFunction(
          () =>
            ['therapy-guide', 'therapy-faq'].every((tag) =>
              document.querySelector(tag)?.shadowRoot?.textContent?.includes('Calm Harbour Therapy'),
            ),
          null,
          { timeout: 20_000 },
        );
        const script = await page.$eval('script[src*="calm-harbour/therapy-widgets.js"]', (el) => ({
          type: el.type,
          id: el.id,
          integrity: el.integrity,
          src: el.getAttribute('src'),
        }));
        equal(script.type, 'module', 'script type');
        equal(script.id, modules ? 'therapy-widgets-js-module' : 'therapy-widgets-js', 'script id');
        equal(script.integrity, integrity, 'script integrity');
        assert(script.src.endsWith('?ver=0.1.0'), `script src ${script.src}`);
        equal(errors, [], 'page errors');
      } finally {
        await context.close();
      }
    },
  );
}

wp.php(`switch_theme( 'twentytwentythree' );`);

await check('a page without a widget loads neither the module nor the settings block', async () => {
  const html = await (await fetch(`${wp.url}/?p=1`)).text();
  assert(html.includes('Hello world'), 'not the sample post');
  assert(!html.includes('therapy-widgets'), 'the sample post mentions therapy-widgets');
});

await check('the debug log has no PHP warning, notice or error from the plugin', () => {
  const log = join(wp.wordpress, 'wp-content/debug.log');
  const lines = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  const ours = lines.filter((line) => /therapy[-_]widgets/i.test(line));
  equal(ours, [], 'lines about the plugin');
  if (lines.length > 0) console.log(`      (${lines.length} other debug log lines, from WordPress itself)`);
});

await check(
  'on a WordPress older than 6.1 the plugin switches itself off, says so, and pages still work',
  async () => {
    const old = join(wp.wordpress, 'wp-content/mu-plugins/pretend-old-wordpress.php');
    // Loaded before plugins: the version WordPress reports is now 5.9.
    writeFileSync(old, "<?php\n$GLOBALS['wp_version'] = '5.9';\n");
    let context;
    try {
      const response = await fetch(posts.shortcodes);
      equal(response.status, 200, 'the post’s status');
      const html = await response.text();
      assert(!html.includes('plugins/therapy-widgets/'), 'the module is still loaded');
      assert(html.includes('Before your first session, a few answers.'), 'the post’s own text is missing');
      ({ context } = await login(USERS.admin));
      const page = context.pages()[0];
      await page.goto(`${wp.url}/wp-admin/plugins.php`);
      await page.getByText('Therapy widgets needs WordPress 6.1 or later').waitFor({ timeout: 10_000 });
    } finally {
      rmSync(old, { force: true });
      await context?.close();
    }
  },
);

await check('uninstalling removes the plugin’s option', () => {
  const left = wp.php(`require_once ABSPATH . 'wp-admin/includes/plugin.php';
deactivate_plugins( 'therapy-widgets/therapy-widgets.php' );
uninstall_plugin( 'therapy-widgets/therapy-widgets.php' );
echo false === get_option( 'therapy_widgets_settings' ) ? 'gone' : 'left';`);
  equal(left.trim(), 'gone', 'the option after uninstalling');
});

await browser.close();
await wp.stop();
const passed = results.filter((r) => r.ok).length;
console.log(
  `\nWordPress ${wp.versions.wordpress}, PHP ${wp.versions.php}: ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
