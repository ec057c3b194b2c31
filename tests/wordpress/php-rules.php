<?php
/**
 * Checks the plugin's PHP rules against tests/wordpress/settings-samples.json, without
 * WordPress: every valid sample is accepted, every invalid one refused, and the plugin has a
 * field for every setting in the table (and no other). Prints one line per problem; exits 1
 * when there is any. Usage: php tests/wordpress/php-rules.php <plugin folder>
 *
 * @package TherapyWidgets
 */

define( 'ABSPATH', __DIR__ );
function __( $text ) {
	return $text;
}

require $argv[1] . '/includes/class-fields.php';

$samples  = json_decode( file_get_contents( __DIR__ . '/settings-samples.json' ), true );
$problems = array();
$fields   = array_keys( Therapy_Widgets_Fields::all() );
foreach ( array_diff( array_keys( $samples['fields'] ), $fields ) as $name ) {
	$problems[] = "the plugin has no field $name";
}
foreach ( array_diff( $fields, array_keys( $samples['fields'] ) ) as $name ) {
	$problems[] = "settings-samples.json has no samples for $name";
}
foreach ( $samples['fields'] as $name => $cases ) {
	foreach ( array( 'valid' => true, 'invalid' => false ) as $kind => $expected ) {
		foreach ( $cases[ $kind ] as $value ) {
			list( $ok, $parsed ) = Therapy_Widgets_Fields::check( $name, $value );
			if ( ( $ok && null !== $parsed ) !== $expected ) {
				$problems[] = "$name: " . json_encode( $value ) . ' should be ' . ( $expected ? 'accepted' : 'refused' );
			}
		}
	}
}
foreach ( $problems as $problem ) {
	echo $problem, "\n";
}
exit( array() === $problems ? 0 : 1 );
