<?php
/**
 * The four widgets as shortcodes and blocks, both rendered on the server: the saved post
 * holds only the shortcode or the block's settings, never the widget's markup or a script,
 * so any user who may edit posts can place a widget and neither kses nor wpautop touches it.
 *
 * @package TherapyWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Shortcodes, blocks and the markup they render.
 */
final class Therapy_Widgets_Widgets {

	/**
	 * The widgets: short name → the element's own attributes (beyond the shared ones).
	 * `flags` are boolean attributes.
	 */
	const WIDGETS = array(
		'guide'           => array(
			'attributes' => array( 'include', 'exclude', 'start', 'crisis' ),
			'flags'      => array(),
		),
		'confidentiality' => array(
			'attributes' => array( 'include', 'exclude', 'crisis' ),
			'flags'      => array(),
		),
		'faq'             => array(
			'attributes' => array( 'include', 'exclude', 'categories' ),
			'flags'      => array( 'single' ),
		),
		'crisis'          => array(
			'attributes' => array( 'variant' ),
			'flags'      => array(),
		),
	);

	/** Hooks the shortcodes and blocks in. */
	public static function init() {
		foreach ( array_keys( self::WIDGETS ) as $widget ) {
			add_shortcode(
				'therapy_' . $widget,
				static function ( $atts ) use ( $widget ) {
					return Therapy_Widgets_Widgets::shortcode( $widget, $atts );
				}
			);
		}
		add_action( 'init', array( __CLASS__, 'register_blocks' ) );
	}

	/** Registers the four blocks from their block.json, each rendered by PHP. */
	public static function register_blocks() {
		if ( ! function_exists( 'register_block_type' ) ) {
			return;
		}
		foreach ( array_keys( self::WIDGETS ) as $widget ) {
			register_block_type(
				dirname( THERAPY_WIDGETS_FILE ) . '/blocks/' . $widget,
				array(
					'render_callback' => static function ( $attributes ) use ( $widget ) {
						return Therapy_Widgets_Widgets::block( $widget, is_array( $attributes ) ? $attributes : array() );
					},
				)
			);
		}
	}

	/**
	 * `[therapy_faq include="cost insurance" heading_level="3" single]`.
	 *
	 * @param string       $widget The widget's short name.
	 * @param array|string $atts   The shortcode's attributes.
	 * @return string
	 */
	public static function shortcode( $widget, $atts ) {
		$given = array();
		foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
			if ( is_int( $key ) ) {
				// A bare word, such as `single`, switches a flag on.
				$given[ str_replace( '_', '-', strtolower( (string) $value ) ) ] = 'yes';
			} else {
				$given[ str_replace( '_', '-', strtolower( (string) $key ) ) ] = (string) $value;
			}
		}
		return self::markup( $widget, $given, array() );
	}

	/**
	 * A block: its attributes (named like the shortcode's) and, for the FAQ, its questions.
	 *
	 * @param string               $widget     The widget's short name.
	 * @param array<string, mixed> $attributes The block's attributes.
	 * @return string
	 */
	public static function block( $widget, $attributes ) {
		$given = array();
		foreach ( $attributes as $key => $value ) {
			if ( 'questions' === $key || ( ! is_string( $value ) && ! is_int( $value ) && ! is_bool( $value ) ) ) {
				continue;
			}
			$given[ str_replace( '_', '-', $key ) ] = is_bool( $value ) ? ( $value ? 'yes' : '' ) : (string) $value;
		}
		$questions = 'faq' === $widget && isset( $attributes['questions'] ) && is_array( $attributes['questions'] ) ? $attributes['questions'] : array();
		$html      = self::markup( $widget, $given, $questions );
		if ( function_exists( 'get_block_wrapper_attributes' ) ) {
			$html = '<div ' . get_block_wrapper_attributes() . '>' . $html . '</div>';
		}
		return $html;
	}

	/**
	 * The element, with every known attribute escaped, the practice's settings block named in
	 * `config`, and the practice's own FAQ questions inside.
	 *
	 * @param string                              $widget    The widget's short name.
	 * @param array<string, string>               $given     Attributes by element name.
	 * @param array<int, array<string, mixed>>    $questions The practice's FAQ questions.
	 * @return string
	 */
	private static function markup( $widget, $given, $questions ) {
		$spec   = self::WIDGETS[ $widget ];
		$known  = array_merge( array_keys( Therapy_Widgets_Fields::all() ), $spec['attributes'] );
		$tag    = 'therapy-' . $widget;
		$html   = '<' . $tag . ' config="' . esc_attr( Therapy_Widgets_Loader::CONFIG_ID ) . '"';
		foreach ( $known as $name ) {
			if ( ! isset( $given[ $name ] ) || '' === trim( $given[ $name ] ) ) {
				continue;
			}
			$value = $given[ $name ];
			if ( 'url' === self::rule( $name ) && null === Therapy_Widgets_Fields::check( $name, $value )[1] ) {
				// A link the widgets would refuse (javascript:, data: …) never reaches the page.
				continue;
			}
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
		foreach ( $spec['flags'] as $flag ) {
			if ( isset( $given[ $flag ] ) && ! in_array( strtolower( trim( $given[ $flag ] ) ), array( '', 'no', 'false', '0', 'off' ), true ) ) {
				$html .= ' ' . $flag;
			}
		}
		$html .= '>';
		foreach ( $questions as $item ) {
			$html .= self::question( $item );
		}
		$html .= '</' . $tag . '>';
		Therapy_Widgets_Loader::need( isset( $given['lang'] ) ? $given['lang'] : '' );
		return $html;
	}

	/**
	 * The rule of a shared setting, or '' for an element's own attribute.
	 *
	 * @param string $name The attribute name.
	 * @return string
	 */
	private static function rule( $name ) {
		$fields = Therapy_Widgets_Fields::all();
		return isset( $fields[ $name ] ) ? $fields[ $name ]['rule'] : '';
	}

	/**
	 * One of the practice's FAQ questions as the `<details>` the FAQ reads (which, before the
	 * module runs or without it, is still a native disclosure).
	 *
	 * @param mixed $item The question, answer, category, optional id and optional language (en or es).
	 * @return string
	 */
	private static function question( $item ) {
		if ( ! is_array( $item ) ) {
			return '';
		}
		$text     = static function ( $key ) use ( $item ) {
			return isset( $item[ $key ] ) && is_scalar( $item[ $key ] ) ? trim( (string) $item[ $key ] ) : '';
		};
		$question = $text( 'question' );
		if ( '' === $question ) {
			return '';
		}
		$id       = strtolower( $text( 'id' ) );
		$category = strtolower( $text( 'category' ) );
		$lang     = strtolower( $text( 'lang' ) );
		$html     = '<details';
		if ( preg_match( '/^[a-z0-9][a-z0-9-]*$/', $id ) ) {
			$html .= ' id="' . esc_attr( 'faq-' . preg_replace( '/^faq-/', '', $id ) ) . '"';
		}
		// A question in one language is shown only when the FAQ speaks it.
		if ( in_array( $lang, array( 'en', 'es' ), true ) ) {
			$html .= ' lang="' . esc_attr( $lang ) . '"';
		}
		if ( preg_match( '/^[a-z0-9][a-z0-9-]*$/', $category ) ) {
			$html .= ' data-category="' . esc_attr( $category ) . '"';
		}
		$html .= '><summary>' . esc_html( $question ) . '</summary>';
		foreach ( preg_split( '/\n\s*\n/', $text( 'answer' ) ) as $paragraph ) {
			if ( '' !== trim( $paragraph ) ) {
				$html .= '<p>' . esc_html( trim( $paragraph ) ) . '</p>';
			}
		}
		return $html . '</details>';
	}
}
