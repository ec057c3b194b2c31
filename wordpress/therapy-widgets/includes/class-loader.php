<?php
/**
 * Loads the widgets' module, from the plugin's own folder, only on pages that show a widget,
 * and prints the practice's settings as the widgets' `config` block.
 *
 * WordPress 6.5 and later: `wp_enqueue_script_module()`. Before that: `wp_enqueue_script()`
 * with `type="module"` added through `script_loader_tag`. Either way the script carries the
 * module's integrity hash, a version in its address and no referrer.
 *
 * @package TherapyWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The module and the config block.
 */
final class Therapy_Widgets_Loader {

	const HANDLE    = 'therapy-widgets';
	const CONFIG_ID = 'therapy-widgets-config';

	/**
	 * Whether this page needs the module.
	 *
	 * @var bool
	 */
	private static $needed = false;

	/**
	 * Languages asked for by widgets on this page (their `lang`).
	 *
	 * @var string[]
	 */
	private static $langs = array();

	/** Hooks the loader in. */
	public static function init() {
		add_filter( 'script_loader_tag', array( __CLASS__, 'module_tag' ), 10, 2 );
		add_filter( 'wp_script_attributes', array( __CLASS__, 'module_attributes' ) );
		add_action( 'wp_footer', array( __CLASS__, 'print_config' ), 5 );
		add_action( 'enqueue_block_editor_assets', array( __CLASS__, 'editor_assets' ) );
	}

	/**
	 * Called by every widget as it renders: loads the module on this page.
	 *
	 * @param string $lang The widget's own `lang`, if any.
	 */
	public static function need( $lang = '' ) {
		if ( '' !== $lang ) {
			self::$langs[] = strtolower( substr( $lang, 0, 2 ) );
		}
		if ( self::$needed ) {
			return;
		}
		self::$needed = true;
		$file         = self::module_file();
		$url          = plugins_url( 'assets/' . $file, THERAPY_WIDGETS_FILE );
		if ( function_exists( 'wp_enqueue_script_module' ) && ! is_admin() ) {
			wp_enqueue_script_module( self::HANDLE, $url, array(), THERAPY_WIDGETS_VERSION );
		} else {
			wp_enqueue_script( self::HANDLE, $url, array(), THERAPY_WIDGETS_VERSION, true );
		}
	}

	/**
	 * The module file to load: one holding only the page's language when the build shipped
	 * one (therapy-widgets.en.js …) and no widget asks for another, else the all-language
	 * module. Filter: `therapy_widgets_module_file`.
	 *
	 * @return string
	 */
	private static function module_file() {
		$settings = Therapy_Widgets_Settings_Page::values();
		$lang     = isset( $settings['lang'] ) ? $settings['lang'] : determine_locale();
		$lang     = strtolower( substr( (string) $lang, 0, 2 ) );
		$file     = 'therapy-widgets.js';
		$local    = 'therapy-widgets.' . $lang . '.js';
		$others   = array_diff( self::$langs, array( $lang ) );
		if ( array() === $others && preg_match( '/^[a-z]{2}$/', $lang ) && is_readable( self::asset( $local ) ) && is_readable( self::asset( $local . '.sri' ) ) ) {
			$file = $local;
		}
		return (string) apply_filters( 'therapy_widgets_module_file', $file, $lang );
	}

	/**
	 * A file's path in the plugin's assets folder.
	 *
	 * @param string $file The file's name.
	 * @return string
	 */
	private static function asset( $file ) {
		return dirname( THERAPY_WIDGETS_FILE ) . '/assets/' . $file;
	}

	/**
	 * The integrity string of a shipped file (its `.sri` beside it), or '' when missing.
	 *
	 * @param string $src The script's address.
	 * @return string
	 */
	private static function integrity( $src ) {
		$file = basename( (string) wp_parse_url( $src, PHP_URL_PATH ) );
		if ( ! preg_match( '/^therapy-widgets(\.[a-z]{2})?\.js$/', $file ) || ! is_readable( self::asset( $file . '.sri' ) ) ) {
			return '';
		}
		$sri = trim( (string) file_get_contents( self::asset( $file . '.sri' ) ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin.
		return preg_match( '/^sha(256|384|512)-[A-Za-z0-9+\/=]+$/', $sri ) ? $sri : '';
	}

	/**
	 * Before 6.5: the enqueued script becomes a module with its integrity hash.
	 *
	 * @param string $tag    The script tag.
	 * @param string $handle Its handle.
	 * @return string
	 */
	public static function module_tag( $tag, $handle ) {
		if ( self::HANDLE !== $handle || ! preg_match( '/<script\b[^>]*\bsrc=(["\'])([^"\']*)\1[^>]*><\/script>/', $tag, $match ) ) {
			return $tag;
		}
		$attributes = self::attributes(
			array(
				'type' => 'module',
				'src'  => html_entity_decode( $match[2] ),
				'id'   => self::HANDLE . '-js',
			)
		);
		$script     = '<script';
		foreach ( $attributes as $name => $value ) {
			$script .= ' ' . $name . '="' . ( 'src' === $name ? esc_url( $value ) : esc_attr( $value ) ) . '"';
		}
		return str_replace( $match[0], $script . '></script>', $tag );
	}

	/**
	 * 6.5 and later: the module's script tag gets its integrity hash.
	 *
	 * @param array<string, string> $attributes The script's attributes.
	 * @return array<string, string>
	 */
	public static function module_attributes( $attributes ) {
		if ( isset( $attributes['id'] ) && self::HANDLE . '-js-module' === $attributes['id'] && isset( $attributes['src'] ) ) {
			return self::attributes( $attributes );
		}
		return $attributes;
	}

	/**
	 * The script's attributes with the integrity hash (when the build shipped one) and the
	 * privacy settings added.
	 *
	 * @param array<string, string> $attributes The attributes so far.
	 * @return array<string, string>
	 */
	private static function attributes( $attributes ) {
		$integrity = self::integrity( $attributes['src'] );
		if ( '' !== $integrity ) {
			$attributes['integrity']   = $integrity;
			$attributes['crossorigin'] = 'anonymous';
		}
		$attributes['referrerpolicy'] = 'no-referrer';
		return $attributes;
	}

	/**
	 * The practice's settings as the config block, encoded so that nothing typed in them can
	 * end the script element.
	 *
	 * @return string
	 */
	public static function config_block() {
		$values = Therapy_Widgets_Settings_Page::values();
		$json   = wp_json_encode( (object) $values, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT );
		return '<script type="application/json" id="' . esc_attr( self::CONFIG_ID ) . '">' . $json . '</script>' . "\n";
	}

	/** Prints the config block on pages that show a widget. */
	public static function print_config() {
		if ( self::$needed ) {
			echo self::config_block(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- JSON encoded with the hex flags.
		}
	}

	/** The block editor: the blocks' controls, and the module and settings for their previews. */
	public static function editor_assets() {
		$dir = dirname( THERAPY_WIDGETS_FILE );
		wp_enqueue_script(
			'therapy-widgets-editor',
			plugins_url( 'assets/editor.js', THERAPY_WIDGETS_FILE ),
			array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render' ),
			THERAPY_WIDGETS_VERSION,
			true
		);
		wp_set_script_translations( 'therapy-widgets-editor', 'therapy-widgets', $dir . '/languages' );
		self::need();
		add_action( 'admin_print_footer_scripts', array( __CLASS__, 'print_editor_config' ), 5 );
	}

	/** Prints the config block in the editor, for the previews. */
	public static function print_editor_config() {
		echo self::config_block(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- JSON encoded with the hex flags.
	}
}
