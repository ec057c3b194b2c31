// A real WordPress on loopback, for the plugin's tests: Debian's `wordpress`, `mariadb-server`,
// `apache2`, `libapache2-mod-php` and `php-mysql` packages, run as this process's own
// children with their own configuration and data under a temporary folder (never the system
// services, never /etc). MariaDB listens on a socket only; Apache on 127.0.0.1 and a free
// port. WordPress is installed through PHP's wp_install(), with an Administrator and an
// Author. Installs nothing itself: `.ci/run` installs the packages.
//
// As a module: `const wp = await startWordPress(); … await wp.stop();`
// From a shell: `node scripts/wordpress/harness.mjs` starts it, prints the address and the
// logins, and stops every service (by pid) on Ctrl-C.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../browsers.mjs';

export const WORDPRESS = '/usr/share/wordpress';
const MARIADBD = '/usr/sbin/mariadbd';
const APACHE = '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';
export const PACKAGES =
  'wordpress wordpress-l10n wordpress-theme-twentytwentythree wordpress-theme-twentytwentyone mariadb-server apache2 libapache2-mod-php php-mysql';

export const USERS = {
  admin: { login: 'practice-admin', password: 'admin-password-1', role: 'administrator' },
  author: { login: 'practice-author', password: 'author-password-1', role: 'author' },
};

/** Fails with one line naming the packages when something is missing. */
function requirePackages() {
  const php = readdirSync(MODULES, { withFileTypes: true }).find((f) => /^libphp[\d.]*\.so$/.test(f.name));
  const themes = ['twentytwentythree', 'twentytwentyone'].map(
    (theme) => `${WORDPRESS}/wp-content/themes/${theme}`,
  );
  const missing = [
    WORDPRESS,
    ...themes,
    // WordPress's own translations: without es_ES, WordPress will not switch a site to Spanish.
    `${WORDPRESS}/wp-content/languages/es_ES.mo`,
    MARIADBD,
    APACHE,
    '/usr/bin/php',
    '/usr/bin/mariadb-install-db',
  ].filter((path) => !existsSync(path));
  if (!php) missing.push(`${MODULES}/libphp*.so`);
  if (missing.length > 0) {
    throw new Error(
      `WordPress test harness: missing ${missing.join(', ')}. Install with: apt-get install -y ${PACKAGES}`,
    );
  }
  return join(MODULES, php.name);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what, test, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await test()) return;
    } catch {
      // not yet
    }
    if (Date.now() > end) throw new Error(`WordPress test harness: ${what} did not start in time`);
    await sleep(150);
  }
}

/** Runs a PHP snippet inside the WordPress install (as the CLI, loading wp-load.php). */
export function phpIn(root, url, code) {
  const script = `<?php
$_SERVER['HTTP_HOST'] = ${JSON.stringify(new URL(url).host)};
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
${code}`;
  const file = join(root, `cli-${randomBytes(4).toString('hex')}.php`);
  writeFileSync(file, script);
  try {
    return execFileSync('php', [file], { cwd: join(root, 'wordpress'), encoding: 'utf8' });
  } finally {
    rmSync(file, { force: true });
  }
}

function apacheConfig({ root, port, php }) {
  const mod = (name) => `LoadModule ${name}_module ${MODULES}/mod_${name}.so`;
  return `ServerRoot ${root}/apache
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${root}/apache/httpd.pid
DefaultRuntimeDir ${root}/apache
Mutex file:${root}/apache default
ErrorLog ${root}/apache/error.log
LogLevel warn
User www-data
Group www-data
${mod('mpm_prefork')}
${mod('authz_core')}
${mod('dir')}
${mod('mime')}
${mod('rewrite')}
LoadModule php_module ${php}
StartServers 2
MinSpareServers 1
MaxSpareServers 3
MaxRequestWorkers 6
TypesConfig /etc/mime.types
LogFormat "%h \\"%r\\" %>s" short
CustomLog ${root}/apache/access.log short
DocumentRoot ${root}/wordpress
DirectoryIndex index.php
<Directory />
  Require all denied
  AllowOverride None
</Directory>
<Directory ${root}/wordpress>
  Require all granted
  AllowOverride All
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
`;
}

function wpConfig({ root, url }) {
  const salt = () => randomBytes(24).toString('hex');
  const keys = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ];
  return `<?php
// Written by scripts/wordpress/harness.mjs for a test install on loopback.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${root}/mysqld.sock' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((key) => `define( '${key}', '${salt()}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', __DIR__ . '/wp-content/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'DISABLE_WP_CRON', true );
define( 'FS_METHOD', 'direct' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

/** Starts MariaDB and Apache, installs WordPress, and returns how to reach and stop it. */
export async function startWordPress({ title = 'Calm Harbour Therapy', locale = '' } = {}) {
  const php = requirePackages();
  const root = mkdtempSync(join(tmpdir(), 'therapy-wp-'));
  chmodSync(root, 0o755);
  const children = [];
  // If this process dies without stop(), the services go with it.
  const orphanGuard = () => {
    for (const child of children) if (child.exitCode === null) process.kill(child.pid, 'SIGKILL');
  };
  process.once('exit', orphanGuard);
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(child.pid, 'SIGTERM');
      await Promise.race([exited, sleep(15_000)]);
      if (child.exitCode === null && child.signalCode === null) process.kill(child.pid, 'SIGKILL');
    }
    children.length = 0;
    process.off('exit', orphanGuard);
    if (!process.env.WP_HARNESS_KEEP) rmSync(root, { recursive: true, force: true });
  };
  try {
    // MariaDB: its own data folder and socket, no TCP at all.
    execFileSync(
      'mariadb-install-db',
      [
        '--no-defaults',
        `--datadir=${root}/db`,
        '--user=root',
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
      ],
      { stdio: 'ignore' },
    );
    const db = spawn(
      MARIADBD,
      [
        '--no-defaults',
        `--datadir=${root}/db`,
        `--socket=${root}/mysqld.sock`,
        `--pid-file=${root}/mysqld.pid`,
        `--log-error=${root}/mariadb.log`,
        '--skip-networking',
        '--user=root',
        '--innodb-buffer-pool-size=32M',
      ],
      // Own process group: Apache signals its whole group when it stops, which must not be ours.
      { stdio: 'ignore', detached: true },
    );
    children.push(db);
    const sql = (statement) =>
      execFileSync('mariadb', ['--no-defaults', `--socket=${root}/mysqld.sock`, '-uroot', '-e', statement], {
        stdio: 'pipe',
      });
    await waitFor('MariaDB', () => existsSync(`${root}/mysqld.sock`) && (sql('SELECT 1'), true));
    sql('CREATE DATABASE wordpress CHARACTER SET utf8mb4');

    // WordPress: a copy of Debian's files with this install's own wp-config.php.
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    cpSync(WORDPRESS, join(root, 'wordpress'), { recursive: true, verbatimSymlinks: true });
    writeFileSync(join(root, 'wordpress/wp-config.php'), wpConfig({ root, url }));
    execFileSync('mkdir', [
      '-p',
      join(root, 'wordpress/wp-content/uploads'),
      join(root, 'wordpress/wp-content/mu-plugins'),
      join(root, 'apache'),
    ]);

    const users = Object.values(USERS)
      .filter((user) => user.role !== 'administrator')
      .map(
        (user) =>
          `$id = wp_create_user( ${JSON.stringify(user.login)}, ${JSON.stringify(user.password)}, ${JSON.stringify(`${user.login}@example.org`)} ); ( new WP_User( $id ) )->set_role( ${JSON.stringify(user.role)} );`,
      )
      .join('\n');
    phpIn(
      root,
      url,
      `define( 'WP_INSTALLING', true );
function wp_new_blog_notification() {}
require 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install( ${JSON.stringify(title)}, ${JSON.stringify(USERS.admin.login)}, 'practice-admin@example.org', false, '', ${JSON.stringify(USERS.admin.password)}, ${JSON.stringify(locale)} );
${users}
update_option( 'permalink_structure', '' );`,
    );
    // No mail leaves a test site (and Debian has no sendmail here).
    writeFileSync(
      join(root, 'wordpress/wp-content/mu-plugins/harness-no-mail.php'),
      "<?php\nadd_filter( 'pre_wp_mail', '__return_false' );\n",
    );
    execFileSync('chown', ['-R', 'www-data:www-data', join(root, 'wordpress/wp-content')]);

    // Apache with mod_php, on loopback only.
    writeFileSync(join(root, 'apache/httpd.conf'), apacheConfig({ root, port, php }));
    const web = spawn(APACHE, ['-f', join(root, 'apache/httpd.conf'), '-DFOREGROUND'], {
      stdio: 'ignore',
      detached: true,
      env: { PATH: process.env.PATH, LANG: 'C' },
    });
    children.push(web);
    await waitFor('Apache', async () => (await fetch(`${url}/wp-login.php`)).ok);

    const version = phpIn(
      root,
      url,
      `require 'wp-load.php'; echo get_bloginfo( 'version' ) . ' ' . PHP_VERSION;`,
    ).trim();
    const [wordpressVersion, phpVersion] = version.split(' ');
    return {
      url,
      root,
      wordpress: join(root, 'wordpress'),
      versions: { wordpress: wordpressVersion, php: phpVersion },
      /** Runs PHP code after loading WordPress (`require 'wp-load.php'` is added). */
      php: (code) => phpIn(root, url, `require 'wp-load.php';\n${code}`),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const wp = await startWordPress();
  console.log(`WordPress ${wp.versions.wordpress} (PHP ${wp.versions.php}) at ${wp.url}/wp-admin/`);
  for (const user of Object.values(USERS)) console.log(`  ${user.role}: ${user.login} / ${user.password}`);
  console.log(`Files in ${wp.root}. Ctrl-C stops MariaDB and Apache and removes them.`);
  const quit = async () => {
    await wp.stop();
    process.exit(0);
  };
  process.on('SIGINT', quit);
  process.on('SIGTERM', quit);
}
