<?php
/**
 * Every setting the widgets read, and the rules that check it: the same rules as the
 * widgets' own parsers (src/core/settings.ts in the therapy-widgets repository) and the
 * practice facts in its product contract. A value the widgets would refuse is refused here
 * too, before it is saved, so the settings page never stores what the page would ignore.
 *
 * @package TherapyWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings, their rules and their labels.
 */
final class Therapy_Widgets_Fields {

	/** Longest plain-text setting, as in the widgets. */
	const MAX_TEXT = 120;

	const JURISDICTIONS = array( 'generic', 'us', 'uk', 'ca', 'au', 'ie', 'nz' );
	const LOCALES       = array( 'en', 'es' );
	const FORMATS       = array( 'in-person', 'online', 'both' );
	const THEMES        = array( 'light', 'dark', 'auto' );
	const CLIENTS       = array( 'adults', 'couples', 'families', 'teens', 'children' );

	/** The currency each jurisdiction uses when the practice names none. */
	const DEFAULT_CURRENCY = array(
		'us' => 'USD',
		'uk' => 'GBP',
		'ca' => 'CAD',
		'au' => 'AUD',
		'ie' => 'EUR',
		'nz' => 'NZD',
	);

	/**
	 * Every setting, keyed by its attribute name (and config-block key), in the order the
	 * settings page shows them. `rule` names the check; `min`/`max` bound whole numbers;
	 * `values` lists choices; `number` marks values written to the block as numbers.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function all() {
		return array(
			'practice-name'      => array( 'rule' => 'text', 'section' => 'practice' ),
			'jurisdiction'       => array(
				'rule'    => 'choice',
				'values'  => self::JURISDICTIONS,
				'section' => 'practice',
			),
			'lang'               => array( 'rule' => 'lang', 'section' => 'practice' ),
			'format'             => array(
				'rule'    => 'choice',
				'values'  => self::FORMATS,
				'section' => 'practice',
			),
			'session-minutes'    => array(
				'rule'    => 'whole',
				'min'     => 15,
				'max'     => 180,
				'number'  => true,
				'section' => 'practice',
			),
			'booking-url'        => array( 'rule' => 'url', 'section' => 'contact' ),
			'contact-url'        => array( 'rule' => 'url', 'section' => 'contact' ),
			'policy-url'         => array( 'rule' => 'url', 'section' => 'contact' ),
			'phone'              => array( 'rule' => 'phone', 'section' => 'contact' ),
			'email'              => array( 'rule' => 'email', 'section' => 'contact' ),
			'reply-days'         => array(
				'rule'    => 'whole',
				'min'     => 1,
				'max'     => 14,
				'number'  => true,
				'section' => 'contact',
			),
			'fee'                => array( 'rule' => 'amount', 'section' => 'fees' ),
			'first-session-fee'  => array( 'rule' => 'amount', 'section' => 'fees' ),
			'currency'           => array( 'rule' => 'currency', 'section' => 'fees' ),
			'sliding-scale'      => array( 'rule' => 'yesno', 'section' => 'fees' ),
			'free-call'          => array(
				'rule'    => 'whole',
				'min'     => 5,
				'max'     => 60,
				'number'  => true,
				'section' => 'fees',
			),
			'insurance'          => array( 'rule' => 'names', 'section' => 'fees' ),
			'superbills'         => array( 'rule' => 'yesno', 'section' => 'fees' ),
			'hipaa'              => array( 'rule' => 'yesno', 'section' => 'fees' ),
			'cancellation-hours' => array(
				'rule'    => 'whole',
				'min'     => 0,
				'max'     => 168,
				'number'  => true,
				'section' => 'fees',
			),
			'cancellation-fee'   => array( 'rule' => 'amount-or-full', 'section' => 'fees' ),
			'address'            => array( 'rule' => 'text', 'section' => 'place' ),
			'access'             => array( 'rule' => 'text', 'section' => 'place' ),
			'hours'              => array( 'rule' => 'text', 'section' => 'place' ),
			'video-platform'     => array( 'rule' => 'text', 'section' => 'place' ),
			'wait-weeks'         => array(
				'rule'    => 'whole',
				'min'     => 0,
				'max'     => 52,
				'number'  => true,
				'section' => 'place',
			),
			'languages'          => array( 'rule' => 'languages', 'section' => 'place' ),
			'clients'            => array(
				'rule'    => 'set',
				'values'  => self::CLIENTS,
				'section' => 'place',
			),
			'heading-level'      => array(
				'rule'    => 'whole',
				'min'     => 2,
				'max'     => 6,
				'number'  => true,
				'section' => 'look',
			),
			'theme'              => array(
				'rule'    => 'choice',
				'values'  => self::THEMES,
				'section' => 'look',
			),
		);
	}

	/**
	 * Checks one value by the field's rule.
	 *
	 * @param string $name  The attribute name.
	 * @param mixed  $value The value as typed (a string; an array for `set` fields).
	 * @return array{0: bool, 1: mixed} [ true, the value to store ] or [ false, null ].
	 *                                  An empty value is valid and stored as null (not set).
	 */
	public static function check( $name, $value ) {
		$fields = self::all();
		if ( ! isset( $fields[ $name ] ) ) {
			return array( false, null );
		}
		$field = $fields[ $name ];
		if ( is_array( $value ) ) {
			// Checkboxes arrive as a list; a saved list of insurers comes back as one when
			// WordPress sanitizes an option twice (as it does on the first save).
			if ( 'set' !== $field['rule'] && 'names' !== $field['rule'] ) {
				return array( false, null );
			}
			$value = implode( 'set' === $field['rule'] ? ' ' : ',', array_map( 'strval', $value ) );
		}
		$value = (string) $value;
		if ( '' === trim( $value ) ) {
			return array( true, null );
		}
		$parsed = self::parse( $field, $value );
		return null === $parsed ? array( false, null ) : array( true, $parsed );
	}

	/**
	 * The value as the widgets would read it, or null when they would refuse it.
	 *
	 * @param array<string, mixed> $field The field.
	 * @param string               $text  A non-empty value.
	 * @return mixed
	 */
	private static function parse( $field, $text ) {
		switch ( $field['rule'] ) {
			case 'text':
				return self::plain_text( $text );
			case 'choice':
				$lower = strtolower( trim( $text ) );
				return in_array( $lower, $field['values'], true ) ? $lower : null;
			case 'lang':
				if ( ! preg_match( '/^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i', $text, $match ) ) {
					return null;
				}
				return in_array( strtolower( $match[1] ), self::LOCALES, true ) ? trim( $text ) : null;
			case 'whole':
				return self::whole( $text, $field['min'], $field['max'] );
			case 'url':
				return self::url( $text );
			case 'phone':
				return self::phone( $text );
			case 'email':
				return self::email( $text );
			case 'amount':
				return self::amount( $text );
			case 'amount-or-full':
				return 'full' === strtolower( trim( $text ) ) ? 'full' : self::amount( $text );
			case 'currency':
				return preg_match( '/^\s*[a-z]{3}\s*$/i', $text ) ? strtoupper( trim( $text ) ) : null;
			case 'yesno':
				$lower = strtolower( trim( $text ) );
				return in_array( $lower, array( 'yes', 'no' ), true ) ? $lower : null;
			case 'names':
				return self::names( $text );
			case 'languages':
				return self::space_list( $text, '/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i' );
			case 'set':
				$words = self::space_list( strtolower( $text ), '/^[a-z]+$/' );
				if ( null === $words ) {
					return null;
				}
				return array() === array_diff( explode( ' ', $words ), $field['values'] ) ? $words : null;
		}
		return null;
	}

	/**
	 * Plain text: trimmed, runs of white space made one space, 1 to 120 characters. Markup is
	 * kept as typed: the widgets show it as literal text.
	 *
	 * @param string $text The value.
	 * @return string|null
	 */
	private static function plain_text( $text ) {
		$value  = trim( (string) preg_replace( '/\s+/u', ' ', $text ) );
		$length = self::length( $value );
		return $length > 0 && $length <= self::MAX_TEXT ? $value : null;
	}

	/**
	 * Length as JavaScript counts it (UTF-16 code units), so both sides agree at the limit.
	 *
	 * @param string $value The value.
	 * @return int
	 */
	private static function length( $value ) {
		if ( ! preg_match( '//u', $value ) ) {
			return PHP_INT_MAX;
		}
		$units = 0;
		foreach ( preg_split( '//u', $value, -1, PREG_SPLIT_NO_EMPTY ) as $char ) {
			$units += strlen( $char ) === 4 ? 2 : 1;
		}
		return $units;
	}

	/**
	 * A whole number written with 1 to 3 digits, within the bounds.
	 *
	 * @param string $text The value.
	 * @param int    $min  Lowest accepted.
	 * @param int    $max  Highest accepted.
	 * @return int|null
	 */
	private static function whole( $text, $min, $max ) {
		if ( ! preg_match( '/^\s*\d{1,3}\s*$/', $text ) ) {
			return null;
		}
		$n = (int) trim( $text );
		return $n >= $min && $n <= $max ? $n : null;
	}

	/**
	 * An `https:`, `http:` or relative URL, judged as a browser's URL parser would: tabs and
	 * line breaks inside are ignored and leading control characters skipped before the scheme
	 * is read, so `java\tscript:` is a `javascript:` URL and is refused.
	 *
	 * @param string $text The value.
	 * @return string|null
	 */
	private static function url( $text ) {
		$value = trim( $text );
		if ( '' === $value || strlen( $value ) > 2048 ) {
			return null;
		}
		$parsed = (string) preg_replace( '/[\t\n\r]/', '', ltrim( $value, "\x00..\x20" ) );
		if ( preg_match( '/^([a-z][a-z0-9+.\-]*):/i', $parsed, $match ) ) {
			$scheme = strtolower( $match[1] );
			if ( 'http' !== $scheme && 'https' !== $scheme ) {
				return null;
			}
			$rest = ltrim( substr( $parsed, strlen( $match[0] ) ), '/\\' );
			$host = preg_split( '#[/?\#\\\\]#', $rest )[0];
			$host = preg_replace( '/^[^@]*@/', '', $host );
			if ( '' === $host || preg_match( '/[\s<>^|%]/', $host ) ) {
				return null;
			}
		}
		return $value;
	}

	/**
	 * A phone number: digits, spaces, ( ) - . and a leading +, with 3 to 20 digits.
	 *
	 * @param string $text The value.
	 * @return string|null
	 */
	private static function phone( $text ) {
		$value  = trim( $text );
		$digits = strlen( (string) preg_replace( '/\D/', '', $value ) );
		return preg_match( '/^\+?[\d\s().\-]+$/', $value ) && $digits >= 3 && $digits <= 20 ? $value : null;
	}

	/**
	 * An email address, by the widgets' own (deliberately simple) rule.
	 *
	 * @param string $text The value.
	 * @return string|null
	 */
	private static function email( $text ) {
		$value = trim( $text );
		$part  = '[^\s@<>()"\',;:]+';
		return strlen( $value ) <= 254 && preg_match( "/^{$part}@{$part}\\.{$part}$/u", $value ) ? $value : null;
	}

	/**
	 * An amount of money: 0 or more, with up to 2 decimals (150, 95.50).
	 *
	 * @param string $text The value.
	 * @return string|null
	 */
	private static function amount( $text ) {
		$value = trim( $text );
		return preg_match( '/^\d{1,7}(?:\.\d{1,2})?$/', $value ) ? $value : null;
	}

	/**
	 * Plan or insurer names, comma-separated: each plain text.
	 *
	 * @param string $text The value.
	 * @return string[]|null
	 */
	private static function names( $text ) {
		$names = array();
		foreach ( explode( ',', $text ) as $part ) {
			if ( '' === trim( $part ) ) {
				continue;
			}
			$name = self::plain_text( $part );
			if ( null === $name ) {
				return null;
			}
			$names[] = $name;
		}
		return array() === $names ? null : $names;
	}

	/**
	 * A space-separated list whose every word matches the pattern, with single spaces.
	 *
	 * @param string $text    The value.
	 * @param string $pattern What each word must match.
	 * @return string|null
	 */
	private static function space_list( $text, $pattern ) {
		$words = preg_split( '/\s+/', trim( $text ), -1, PREG_SPLIT_NO_EMPTY );
		foreach ( $words as $word ) {
			if ( ! preg_match( $pattern, $word ) ) {
				return null;
			}
		}
		return array() === $words ? null : implode( ' ', $words );
	}

	/**
	 * The fields' labels, help and the words for what each accepts, translated.
	 *
	 * @param string $name The attribute name.
	 * @return array{label: string, accepted: string, help: string}
	 */
	public static function words( $name ) {
		$whole = static function ( $min, $max ) {
			/* translators: 1: lowest number, 2: highest number. */
			return sprintf( __( 'a whole number from %1$d to %2$d', 'therapy-widgets' ), $min, $max );
		};
		$text   = sprintf(
			/* translators: %d: the longest length in characters. */
			__( 'plain text of 1 to %d characters', 'therapy-widgets' ),
			self::MAX_TEXT
		);
		$url    = __( 'an address starting with https:// or http://, or one on this site starting with /', 'therapy-widgets' );
		$amount = __( 'an amount such as 150 or 95.50 (no currency sign)', 'therapy-widgets' );
		$yes_no = __( 'yes or no', 'therapy-widgets' );
		$all    = array(
			'practice-name'      => array( __( 'Practice name', 'therapy-widgets' ), $text, __( 'Shown as written, for example Calm Harbour Therapy.', 'therapy-widgets' ) ),
			'jurisdiction'       => array( __( 'Country (crisis numbers and privacy rules)', 'therapy-widgets' ), implode( ', ', self::JURISDICTIONS ), __( 'generic means anywhere else.', 'therapy-widgets' ) ),
			'lang'               => array( __( 'Language of the widgets', 'therapy-widgets' ), __( 'en or es (en-GB, es-MX and other regions are fine)', 'therapy-widgets' ), __( 'Leave empty to follow the language of each page.', 'therapy-widgets' ) ),
			'format'             => array( __( 'Sessions are', 'therapy-widgets' ), implode( ', ', self::FORMATS ), '' ),
			'session-minutes'    => array( __( 'Session length in minutes', 'therapy-widgets' ), $whole( 15, 180 ), __( 'Leave empty to speak of sessions in general.', 'therapy-widgets' ) ),
			'booking-url'        => array( __( 'Booking page address', 'therapy-widgets' ), $url, '' ),
			'contact-url'        => array( __( 'Contact page address', 'therapy-widgets' ), $url, '' ),
			'policy-url'         => array( __( 'Privacy policy address', 'therapy-widgets' ), $url, '' ),
			'phone'              => array( __( 'Phone', 'therapy-widgets' ), __( 'a phone number of digits, spaces, ( ) - . and a leading +', 'therapy-widgets' ), '' ),
			'email'              => array( __( 'Email', 'therapy-widgets' ), __( 'an email address such as hello@example.org', 'therapy-widgets' ), '' ),
			'reply-days'         => array( __( 'Working days to answer a message', 'therapy-widgets' ), $whole( 1, 14 ), '' ),
			'fee'                => array( __( 'Session fee', 'therapy-widgets' ), $amount, '' ),
			'first-session-fee'  => array( __( 'First session fee', 'therapy-widgets' ), $amount, __( 'Only if it differs from the session fee.', 'therapy-widgets' ) ),
			'currency'           => array( __( 'Currency', 'therapy-widgets' ), __( 'a three-letter currency code such as USD, GBP or EUR', 'therapy-widgets' ), __( 'Leave empty to use your country\'s currency.', 'therapy-widgets' ) ),
			'sliding-scale'      => array( __( 'Lower fees for people on low incomes', 'therapy-widgets' ), $yes_no, '' ),
			'free-call'          => array( __( 'Free first call, in minutes', 'therapy-widgets' ), $whole( 5, 60 ), '' ),
			'insurance'          => array( __( 'Insurance plans you are in network with', 'therapy-widgets' ), __( 'names separated by commas, each up to 120 characters', 'therapy-widgets' ), __( 'For example: Aetna, Cigna, Optum', 'therapy-widgets' ) ),
			'superbills'         => array( __( 'Receipts clients can claim back with (superbills)', 'therapy-widgets' ), $yes_no, '' ),
			'hipaa'              => array( __( 'A HIPAA covered entity (US)', 'therapy-widgets' ), $yes_no, '' ),
			'cancellation-hours' => array( __( 'Notice needed to cancel, in hours', 'therapy-widgets' ), $whole( 0, 168 ), '' ),
			'cancellation-fee'   => array( __( 'Fee for a late cancellation', 'therapy-widgets' ), __( 'an amount such as 50, or full for the whole session fee', 'therapy-widgets' ), '' ),
			'address'            => array( __( 'Address', 'therapy-widgets' ), $text, '' ),
			'access'             => array( __( 'Getting here (parking, step-free access, transport)', 'therapy-widgets' ), $text, '' ),
			'hours'              => array( __( 'Opening hours', 'therapy-widgets' ), $text, '' ),
			'video-platform'     => array( __( 'Video service for online sessions', 'therapy-widgets' ), $text, '' ),
			'wait-weeks'         => array( __( 'Usual wait for a first appointment, in weeks', 'therapy-widgets' ), $whole( 0, 52 ), '' ),
			'languages'          => array( __( 'Languages you offer therapy in', 'therapy-widgets' ), __( 'language codes separated by spaces, such as en es vi', 'therapy-widgets' ), '' ),
			'clients'            => array( __( 'Who you work with', 'therapy-widgets' ), __( 'any of adults, couples, families, teens, children', 'therapy-widgets' ), '' ),
			'heading-level'      => array( __( 'Heading level of each widget\'s title', 'therapy-widgets' ), $whole( 2, 6 ), __( 'Use 3 when the widget sits under a level-2 heading of your page.', 'therapy-widgets' ) ),
			'theme'              => array( __( 'Colours', 'therapy-widgets' ), implode( ', ', self::THEMES ), __( 'light follows your theme\'s text colour; auto follows the reader\'s device.', 'therapy-widgets' ) ),
		);
		$words = isset( $all[ $name ] ) ? $all[ $name ] : array( $name, '', '' );
		return array(
			'label'    => $words[0],
			'accepted' => $words[1],
			'help'     => $words[2],
		);
	}
}
