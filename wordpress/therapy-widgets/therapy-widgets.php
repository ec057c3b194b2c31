<?php
/**
 * Plugin Name:       Therapy widgets
 * Description:       Calm, accessible widgets that prepare people for their first therapy session: what to expect, confidentiality, a first-session FAQ and a crisis notice, with your practice's own details. Loads nothing from anywhere else.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            therapy-widgets
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       therapy-widgets
 * Domain Path:       /languages
 *
 * @package TherapyWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'THERAPY_WIDGETS_VERSION', '0.1.0' );
define( 'THERAPY_WIDGETS_FILE', __FILE__ );
define( 'THERAPY_WIDGETS_MIN_WP', '6.1' );

/**
 * On a WordPress older than the one this plugin was tested on, it does nothing at all (so it
 * can never break a page there) and tells administrators why.
 */
if ( version_compare( get_bloginfo( 'version' ), THERAPY_WIDGETS_MIN_WP, '<' ) ) {
	add_action(
		'admin_notices',
		static function () {
			if ( current_user_can( 'activate_plugins' ) ) {
				echo '<div class="notice notice-warning"><p>' . esc_html(
					sprintf(
						/* translators: %s: a WordPress version number. */
						__( 'Therapy widgets needs WordPress %s or later, so it is switched off on this site. Your pages are not affected.', 'therapy-widgets' ),
						THERAPY_WIDGETS_MIN_WP
					)
				) . '</p></div>';
			}
		}
	);
	return;
}

require_once __DIR__ . '/includes/class-fields.php';
require_once __DIR__ . '/includes/class-settings-page.php';
require_once __DIR__ . '/includes/class-loader.php';
require_once __DIR__ . '/includes/class-widgets.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'therapy-widgets', false, dirname( plugin_basename( THERAPY_WIDGETS_FILE ) ) . '/languages' );
	},
	0
);

Therapy_Widgets_Settings_Page::init();
Therapy_Widgets_Loader::init();
Therapy_Widgets_Widgets::init();
