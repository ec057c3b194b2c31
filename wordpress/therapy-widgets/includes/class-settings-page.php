<?php
/**
 * Settings → Therapy widgets: the practice's shared settings and facts, one field per
 * attribute, checked on save with the widgets' own rules.
 *
 * @package TherapyWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings page (Settings API: nonces, `manage_options`).
 */
final class Therapy_Widgets_Settings_Page {

	const OPTION = 'therapy_widgets_settings';
	const GROUP  = 'therapy_widgets';
	const SLUG   = 'therapy-widgets';

	/** Hooks the page in. */
	public static function init() {
		add_action( 'admin_init', array( __CLASS__, 'register' ) );
		add_action( 'admin_menu', array( __CLASS__, 'menu' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( THERAPY_WIDGETS_FILE ), array( __CLASS__, 'action_link' ) );
	}

	/**
	 * The saved settings: attribute name → value, only those that are set.
	 *
	 * @return array<string, mixed>
	 */
	public static function values() {
		$saved = get_option( self::OPTION, array() );
		return is_array( $saved ) ? $saved : array();
	}

	/** Registers the option and its fields. */
	public static function register() {
		register_setting(
			self::GROUP,
			self::OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => array( __CLASS__, 'sanitize' ),
				'default'           => array(),
				'show_in_rest'      => false,
			)
		);
		$sections = array(
			'practice' => __( 'Your practice', 'therapy-widgets' ),
			'contact'  => __( 'Booking and contact', 'therapy-widgets' ),
			'fees'     => __( 'Fees, insurance and cancelling', 'therapy-widgets' ),
			'place'    => __( 'Where, when and who', 'therapy-widgets' ),
			'look'     => __( 'How the widgets fit your pages', 'therapy-widgets' ),
		);
		foreach ( $sections as $id => $title ) {
			add_settings_section( 'therapy-widgets-' . $id, $title, '__return_false', self::SLUG );
		}
		foreach ( Therapy_Widgets_Fields::all() as $name => $field ) {
			$words = Therapy_Widgets_Fields::words( $name );
			add_settings_field(
				'therapy-widgets-' . $name,
				esc_html( $words['label'] ),
				array( __CLASS__, 'field' ),
				self::SLUG,
				'therapy-widgets-' . $field['section'],
				array(
					'name'      => $name,
					'field'     => $field,
					'label_for' => 'set' === $field['rule'] ? null : 'therapy-widgets-' . $name,
				)
			);
		}
	}

	/** Adds Settings → Therapy widgets. */
	public static function menu() {
		add_options_page(
			__( 'Therapy widgets', 'therapy-widgets' ),
			__( 'Therapy widgets', 'therapy-widgets' ),
			'manage_options',
			self::SLUG,
			array( __CLASS__, 'render' )
		);
	}

	/**
	 * A "Settings" link on the Plugins screen.
	 *
	 * @param string[] $links The plugin's links.
	 * @return string[]
	 */
	public static function action_link( $links ) {
		$url = admin_url( 'options-general.php?page=' . self::SLUG );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'therapy-widgets' ) . '</a>' );
		return $links;
	}

	/**
	 * Checks what was submitted. Each refused value keeps the saved one and gets a message
	 * that says, in plain words, what the field accepts.
	 *
	 * @param mixed $input The submitted values.
	 * @return array<string, mixed>
	 */
	public static function sanitize( $input ) {
		$old = self::values();
		if ( ! is_array( $input ) ) {
			return $old;
		}
		$clean = array();
		foreach ( Therapy_Widgets_Fields::all() as $name => $field ) {
			$raw = isset( $input[ $name ] ) ? wp_unslash( $input[ $name ] ) : ( 'set' === $field['rule'] ? array() : '' );
			list( $ok, $value ) = Therapy_Widgets_Fields::check( $name, $raw );
			if ( ! $ok ) {
				self::refuse( $name, is_array( $raw ) ? implode( ' ', $raw ) : (string) $raw );
				if ( isset( $old[ $name ] ) ) {
					$clean[ $name ] = $old[ $name ];
				}
				continue;
			}
			if ( null !== $value ) {
				$clean[ $name ] = $value;
			}
		}
		$jurisdiction = isset( $clean['jurisdiction'] ) ? $clean['jurisdiction'] : 'generic';
		$has_currency = isset( $clean['currency'] ) || isset( Therapy_Widgets_Fields::DEFAULT_CURRENCY[ $jurisdiction ] );
		foreach ( array( 'fee', 'first-session-fee', 'cancellation-fee' ) as $name ) {
			if ( isset( $clean[ $name ] ) && 'full' !== $clean[ $name ] && ! $has_currency ) {
				$words = Therapy_Widgets_Fields::words( $name );
				add_settings_error(
					self::OPTION,
					'therapy-widgets-' . $name,
					sprintf(
						/* translators: %s: the field's label. */
						__( '%s was not saved: with the country set to generic there is no usual currency, so the widgets would not show it. Choose a currency as well.', 'therapy-widgets' ),
						$words['label']
					)
				);
				unset( $clean[ $name ] );
			}
		}
		return $clean;
	}

	/**
	 * Records one refused value.
	 *
	 * @param string $name  The attribute name.
	 * @param string $value What was typed.
	 */
	private static function refuse( $name, $value ) {
		$words = Therapy_Widgets_Fields::words( $name );
		$shown = function_exists( 'mb_strimwidth' ) ? mb_strimwidth( $value, 0, 60, '…' ) : substr( $value, 0, 60 );
		add_settings_error(
			self::OPTION,
			'therapy-widgets-' . $name,
			sprintf(
				/* translators: 1: the field's label, 2: what was typed, 3: what the field accepts. */
				__( '%1$s was not saved: “%2$s” is not something the widgets can use. Please enter %3$s.', 'therapy-widgets' ),
				$words['label'],
				$shown,
				$words['accepted']
			)
		);
	}

	/**
	 * The message for a field refused on the last save, if any.
	 *
	 * @param string $name The attribute name.
	 * @return string
	 */
	private static function problem( $name ) {
		foreach ( get_settings_errors( self::OPTION ) as $error ) {
			if ( 'therapy-widgets-' . $name === $error['code'] ) {
				return $error['message'];
			}
		}
		return '';
	}

	/**
	 * One field.
	 *
	 * @param array<string, mixed> $args The field's name and rule.
	 */
	public static function field( $args ) {
		$name    = $args['name'];
		$field   = $args['field'];
		$values  = self::values();
		$value   = isset( $values[ $name ] ) ? $values[ $name ] : '';
		$words   = Therapy_Widgets_Fields::words( $name );
		$id      = 'therapy-widgets-' . $name;
		$input   = self::OPTION . '[' . $name . ']';
		$problem = self::problem( $name );
		$invalid = '' === $problem ? '' : ' aria-invalid="true"';
		$desc    = ' aria-describedby="' . esc_attr( $id . '-help' ) . '"';

		switch ( $field['rule'] ) {
			case 'choice':
			case 'yesno':
				$choices = 'yesno' === $field['rule'] ? array( 'yes', 'no' ) : $field['values'];
				echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $input ) . '"' . $invalid . $desc . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- fixed attribute text, escaped above.
				echo '<option value="">' . esc_html__( '(not set)', 'therapy-widgets' ) . '</option>';
				foreach ( $choices as $choice ) {
					echo '<option value="' . esc_attr( $choice ) . '"' . selected( $value, $choice, false ) . '>' . esc_html( self::choice_label( $choice ) ) . '</option>';
				}
				echo '</select>';
				break;
			case 'set':
				$chosen = is_string( $value ) ? explode( ' ', $value ) : array();
				echo '<fieldset' . $desc . '><legend class="screen-reader-text">' . esc_html( $words['label'] ) . '</legend>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
				foreach ( $field['values'] as $choice ) {
					echo '<label><input type="checkbox" name="' . esc_attr( $input ) . '[]" value="' . esc_attr( $choice ) . '"' . checked( in_array( $choice, $chosen, true ), true, false ) . ' /> ' . esc_html( self::choice_label( $choice ) ) . '</label><br />';
				}
				echo '</fieldset>';
				break;
			default:
				$shown = is_array( $value ) ? implode( ', ', $value ) : (string) $value;
				$type  = 'url' === $field['rule'] ? 'url' : ( 'email' === $field['rule'] ? 'email' : ( 'phone' === $field['rule'] ? 'tel' : 'text' ) );
				// Typed as text so the browser never blocks a save: the server checks and explains.
				$mode = 'whole' === $field['rule'] ? ' inputmode="numeric"' : ( 'amount' === $field['rule'] ? ' inputmode="decimal"' : '' );
				echo '<input type="text" class="regular-text" id="' . esc_attr( $id ) . '" name="' . esc_attr( $input ) . '" value="' . esc_attr( $shown ) . '" data-kind="' . esc_attr( $type ) . '"' . $mode . $invalid . $desc . ' />'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- fixed attribute text.
		}
		$help = trim( $words['help'] . ' ' . sprintf(
			/* translators: %s: what the field accepts. */
			__( 'Accepts %s.', 'therapy-widgets' ),
			$words['accepted']
		) );
		echo '<p class="description" id="' . esc_attr( $id . '-help' ) . '">';
		if ( '' !== $problem ) {
			echo '<strong class="therapy-widgets-problem">' . esc_html( $problem ) . '</strong><br />';
		}
		echo esc_html( $help ) . ' <code>' . esc_html( $name ) . '</code></p>';
	}

	/**
	 * A choice in words.
	 *
	 * @param string $choice The value.
	 * @return string
	 */
	private static function choice_label( $choice ) {
		$labels = array(
			'generic'   => __( 'Anywhere else (generic)', 'therapy-widgets' ),
			'us'        => __( 'United States', 'therapy-widgets' ),
			'uk'        => __( 'United Kingdom', 'therapy-widgets' ),
			'ca'        => __( 'Canada', 'therapy-widgets' ),
			'au'        => __( 'Australia', 'therapy-widgets' ),
			'ie'        => __( 'Ireland', 'therapy-widgets' ),
			'nz'        => __( 'New Zealand', 'therapy-widgets' ),
			'in-person' => __( 'In person', 'therapy-widgets' ),
			'online'    => __( 'Online', 'therapy-widgets' ),
			'both'      => __( 'In person and online', 'therapy-widgets' ),
			'light'     => __( 'Light (your theme\'s text colour)', 'therapy-widgets' ),
			'dark'      => __( 'Dark', 'therapy-widgets' ),
			'auto'      => __( 'Follow the reader\'s device', 'therapy-widgets' ),
			'yes'       => __( 'Yes', 'therapy-widgets' ),
			'no'        => __( 'No', 'therapy-widgets' ),
			'adults'    => __( 'Adults', 'therapy-widgets' ),
			'couples'   => __( 'Couples', 'therapy-widgets' ),
			'families'  => __( 'Families', 'therapy-widgets' ),
			'teens'     => __( 'Teens', 'therapy-widgets' ),
			'children'  => __( 'Children', 'therapy-widgets' ),
		);
		return isset( $labels[ $choice ] ) ? $labels[ $choice ] : $choice;
	}

	/** The page. */
	public static function render() {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
		echo '<p>' . esc_html__( 'Tell the widgets about your practice once, here. Every widget on your site uses these details. Leave a field empty and the widgets keep their general words, inventing nothing.', 'therapy-widgets' ) . '</p>';
		echo '<p>' . esc_html__( 'To place a widget, add a Therapy widgets block in the editor, or a shortcode such as [therapy_faq] or [therapy_crisis]. A block or shortcode can change any of these settings for that one widget, for example [therapy_faq heading_level="3"].', 'therapy-widgets' ) . '</p>';
		echo '<form action="options.php" method="post" novalidate>';
		settings_fields( self::GROUP );
		do_settings_sections( self::SLUG );
		submit_button( __( 'Save settings', 'therapy-widgets' ) );
		echo '</form></div>';
	}
}
