<?php
/**
 * Test only: WordPress 6.5's script-module functions on Debian's WordPress 6.1, so the test
 * can follow the plugin's 6.5+ path (`wp_enqueue_script_module`) on the one WordPress it can
 * install. Reproduces what 6.5's WP_Script_Modules does for a module without dependencies:
 * one `<script type="module" src="…?ver=…" id="{id}-js-module">` printed through
 * wp_print_script_tag() (so the `wp_script_attributes` filter applies), in the head for block
 * themes and in the footer for classic themes. It is not WordPress 6.5 itself: the import
 * map and dependency handling of 6.5 are not reproduced (the plugin uses neither).
 *
 * @package TherapyWidgets
 */

// Declared inside the condition: PHP would define top-level functions before any early return.
if ( ! function_exists( 'wp_enqueue_script_module' ) ) {
	$GLOBALS['therapy_widgets_test_modules'] = array(
		'registered' => array(),
		'enqueued'   => array(),
		'printed'    => array(),
	);

	/**
	 * As in 6.5.
	 *
	 * @param string      $id      Module id.
	 * @param string      $src     Address.
	 * @param array       $deps    Dependencies (unused here).
	 * @param string|bool $version Version.
	 */
	function wp_register_script_module( $id, $src, $deps = array(), $version = false ) {
		if ( ! isset( $GLOBALS['therapy_widgets_test_modules']['registered'][ $id ] ) ) {
			$GLOBALS['therapy_widgets_test_modules']['registered'][ $id ] = array(
				'src'     => $src,
				'version' => $version,
			);
		}
	}

	/**
	 * As in 6.5.
	 *
	 * @param string      $id      Module id.
	 * @param string      $src     Address.
	 * @param array       $deps    Dependencies (unused here).
	 * @param string|bool $version Version.
	 */
	function wp_enqueue_script_module( $id, $src = '', $deps = array(), $version = false ) {
		if ( '' !== $src ) {
			wp_register_script_module( $id, $src, $deps, $version );
		}
		$GLOBALS['therapy_widgets_test_modules']['enqueued'][ $id ] = true;
	}

	/** Prints the enqueued modules not printed yet, as 6.5's print_enqueued_script_modules(). */
	function therapy_widgets_test_print_modules() {
		$modules = &$GLOBALS['therapy_widgets_test_modules'];
		foreach ( array_keys( $modules['enqueued'] ) as $id ) {
			if ( isset( $modules['printed'][ $id ] ) || ! isset( $modules['registered'][ $id ] ) ) {
				continue;
			}
			$modules['printed'][ $id ] = true;
			$module                    = $modules['registered'][ $id ];
			$version                   = false === $module['version'] ? get_bloginfo( 'version' ) : $module['version'];
			$src                       = null === $version ? $module['src'] : add_query_arg( 'ver', $version, $module['src'] );
			wp_print_script_tag(
				array(
					'type' => 'module',
					'src'  => $src,
					'id'   => $id . '-js-module',
				)
			);
		}
	}

	add_action(
		'after_setup_theme',
		static function () {
			add_action( wp_is_block_theme() ? 'wp_head' : 'wp_footer', 'therapy_widgets_test_print_modules' );
		}
	);
}
