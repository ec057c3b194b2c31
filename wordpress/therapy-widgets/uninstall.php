<?php
/**
 * Removes the plugin's one option when the plugin is deleted (and, on a multisite network,
 * from every site).
 *
 * @package TherapyWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $therapy_widgets_site ) {
		switch_to_blog( $therapy_widgets_site );
		delete_option( 'therapy_widgets_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'therapy_widgets_settings' );
}
