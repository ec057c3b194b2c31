// START-HERE.html for the release folder: a plain-language page for practice owners that
// works opened from disk (no script, no external file, no web font) and says which file to
// use on which platform, and how.

const escape = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `
  :root { color-scheme: light dark; }
  body { font: 1.05rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; max-width: 46rem;
    margin: 0 auto; padding: 1.5rem 1rem 4rem; }
  h1 { font-size: 1.9rem; line-height: 1.2; }
  h2 { margin-top: 2.5rem; border-top: 1px solid currentColor; padding-top: 1rem; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; vertical-align: top; padding: 0.5rem; border-bottom: 1px solid #8888; }
  code, pre { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.92em; }
  pre { white-space: pre-wrap; word-break: break-all; padding: 0.75rem; border: 1px solid #8888; }
  .note { padding: 0.75rem 1rem; border-left: 0.3rem solid currentColor; }
  a { text-underline-offset: 0.15em; }
`;

/**
 * @param {{ version: string, integrity: string, modules: string[], hasNotices: boolean }} release
 */
export function startHere({ version, integrity, modules, hasNotices }) {
  const plugin = `therapy-widgets-wordpress-${version}.zip`;
  const perLanguage = modules.filter((name) => name !== 'therapy-widgets.js');
  const files = [
    ['START-HERE.html', 'This page.'],
    [plugin, 'The WordPress plugin. Upload it as it is: do not unzip it.'],
    [
      'therapy-widgets-editor.html',
      'The editor: fill in your details and it writes the lines to paste into your website. Works offline; nothing you type is stored or sent.',
    ],
    ['therapy-widgets.js', 'The widgets themselves, in one file, for every language.'],
    ...perLanguage.map((name) => [
      name,
      `The widgets in one language only (${name.split('.')[1]}): a smaller file.`,
    ]),
    [
      'therapy-widgets.js.sri',
      'The file’s fingerprint (integrity hash). The editor puts it in your lines for you.',
    ],
    ['therapy-widgets.css', 'Optional: stops the page from jumping in Firefox while the widgets load.'],
    ['LICENSE', 'The licence (MIT): you may use, change and share the widgets freely.'],
    ...(hasNotices ? [['THIRD-PARTY-NOTICES.md', 'Licences of the code the widgets include.']] : []),
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Start here: therapy-widgets ${escape(version)}</title>
<link rel="icon" href="data:," />
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Start here: putting therapy-widgets on your website</h1>
<p>therapy-widgets are four small sections for a therapy practice’s website: <strong>what to expect in therapy</strong>, <strong>confidentiality explained</strong>, <strong>first-session questions and answers</strong>, and <strong>what to do in a crisis</strong>. They are written in plain, warm words, in English and Spanish, and they show your practice’s own details.</p>
<p>This is version ${escape(version)}. You do not need to write code. Find your website builder below and follow its steps.</p>

<h2 id="which">Which file do I need?</h2>
<table>
<thead><tr><th scope="col">Your website is on</th><th scope="col">Use</th></tr></thead>
<tbody>
<tr><td>WordPress that you or your host run (WordPress.org)</td><td><a href="#wordpress">The plugin</a>, <code>${escape(plugin)}</code></td></tr>
<tr><td>Squarespace, Wix, Webflow, WordPress.com, or a site you edit as HTML</td><td><a href="#others">The widgets file</a>, <code>therapy-widgets.js</code>, and the editor, <code>therapy-widgets-editor.html</code></td></tr>
</tbody>
</table>

<h2 id="wordpress">WordPress</h2>
<ol>
<li>Log in to WordPress as an Administrator. Go to <strong>Plugins → Add New → Upload Plugin</strong>.</li>
<li>Choose <code>${escape(plugin)}</code> from this folder (keep it zipped), then <strong>Install Now</strong> and <strong>Activate</strong>.</li>
<li>Go to <strong>Settings → Therapy widgets</strong>. Fill in what you want the widgets to say: your practice’s name, country, booking page, fees, insurance, cancellation notice and so on. Everything is optional. If something cannot be used, the page says so and tells you what it accepts.</li>
<li>Edit a page. Add a block and search for <strong>therapy</strong>, or type a shortcode such as <code>[therapy_faq]</code>, <code>[therapy_guide]</code>, <code>[therapy_confidentiality]</code> or <code>[therapy_crisis]</code>. Publish, and look at the page.</li>
</ol>
<p class="note">Do not upload <code>therapy-widgets.js</code> under Media: WordPress refuses that kind of file, and the plugin already contains it. Authors and Editors can place the blocks and shortcodes too; they do not need permission to paste code.</p>
<p>The plugin works on WordPress 6.1 and later. It loads its file from your own site, only on pages that show a widget.</p>

<h2 id="others">Squarespace, Wix, Webflow and other builders</h2>
<ol>
<li><strong>Put <code>therapy-widgets.js</code> online.</strong> It has to be reachable at a web address. If your website lets you upload files, upload it there. Squarespace and Wix cannot store this kind of file, so put it on a small static hosting service that you control, ideally on an address of your own such as <code>files.yourpractice.com</code>. (See <a href="#privacy">what each choice lets others see</a>.)</li>
<li><strong>Open <a href="therapy-widgets-editor.html">therapy-widgets-editor.html</a></strong> from this folder (double-click it). Type the file’s web address, choose your widgets and fill in your details. It shows the widgets as you type, and writes the lines for you, with the right fingerprint.</li>
<li><strong>Paste the lines.</strong> The first line (the one starting <code>&lt;script</code>) goes where your builder lets you add code to every page:
<ul>
<li><strong>Squarespace</strong>: Settings → Advanced → Code Injection → Header. Put the widget lines in a <strong>Code</strong> block on the page.</li>
<li><strong>Wix</strong>: Settings → Custom Code, in the Head, on all pages. Place each widget with <strong>Add Elements → Embed → Custom Element</strong>: choose Server URL, give the file’s address and the tag name (such as <code>therapy-faq</code>), and add your details as attributes. Do not use “Embed HTML”: it shuts the widget in a separate frame.</li>
<li><strong>Webflow</strong>: Site settings → Custom code → Head code. Put the widget lines in a <strong>Code Embed</strong> element. Widgets show on the published site, not in the Designer.</li>
<li><strong>Your own HTML</strong>: the first line in the <code>&lt;head&gt;</code>, the widget lines where the widgets go.</li>
</ul></li>
<li>Open the published page in a private window to see what visitors see.</li>
</ol>
<p>These builders need a paid plan for custom code. Check your plan’s features.</p>

<h2 id="fingerprint">The fingerprint (integrity hash)</h2>
<p>The first line carries a fingerprint of the exact file: <code>integrity="sha384-…"</code>. The visitor’s browser checks the file against it and refuses a file that was changed, so a tampered file never reaches your visitors. The fingerprint of this version is:</p>
<pre>${escape(integrity)}</pre>
<p><strong>When you update the file, make new lines in the editor of the new version.</strong> With an old fingerprint the browser refuses the new file and the widgets do not appear. The editor never writes a made-up fingerprint.</p>

<h2 id="privacy">Privacy: where the file lives matters</h2>
<p>The widgets send nothing anywhere, set no cookies and store nothing. But each time someone opens your page, their browser fetches the file from wherever you put it, and that server sees the request.</p>
<table>
<thead><tr><th scope="col">Where the file is</th><th scope="col">Who learns that someone opened your page</th></tr></thead>
<tbody>
<tr><td>Your own website (the WordPress plugin, or a file you uploaded to your site)</td><td>Only you and your web host, who see your visitors anyway.</td></tr>
<tr><td>A small static host that you control</td><td>That host also sees each visitor’s internet address and the time. With the fingerprint line as written, it is not told which of your pages they were reading.</td></tr>
<tr><td>A public CDN, once the package is published there</td><td>The CDN company sees each visitor’s internet address and the time, as a static host does, and it serves many other sites. You do not choose or control its logs.</td></tr>
</tbody>
</table>

<h2 id="files">What is in this folder</h2>
<table>
<thead><tr><th scope="col">File</th><th scope="col">What it is</th></tr></thead>
<tbody>
${files.map(([name, what]) => `<tr><td><code>${escape(name)}</code></td><td>${escape(what)}</td></tr>`).join('\n')}
</tbody>
</table>
</main>
</body>
</html>
`;
}
