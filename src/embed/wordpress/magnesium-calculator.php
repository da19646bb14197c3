<?php
/**
 * Plugin Name:       Magnesium calculator
 * Description:       A private magnesium intake calculator: a block and a shortcode. The widget's files are served from this plugin's own folder; nothing is sent to anyone.
 * Version:           __MC_VERSION__
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT OR Apache-2.0
 * Text Domain:       magnesium-calculator
 *
 * The block ("Magnesium calculator", block.json) and the shortcode
 * [magnesium_calculator] write the same <magnesium-calculator> element,
 * with each attribute checked against the values the element knows
 * (an unknown value is left out, and the element uses its default, as it
 * does for a bad attribute). The script is enqueued only while a widget is
 * rendered, so a page without one loads nothing of ours. The plugin stores
 * nothing: no option, no table, no user meta; a post keeps only its block
 * comment or shortcode.
 */

if (!defined('ABSPATH')) {
    exit;
}

const MAGNESIUM_CALCULATOR_VERSION = '__MC_VERSION__';

/** The values the element reads, as the widget's own attribute parser knows them. */
function magnesium_calculator_allowed() {
    return array(
        'standard' => array('IOM-1997', 'EFSA-2015', 'FAO-WHO-2004', 'UK-COMA-1991', 'NNR-2023', 'DACH-2021'),
        'lang'     => array('en', 'es', 'de', 'fr'),
        'mode'     => array('estimate', 'log'),
        'theme'    => array('auto', 'light', 'dark'),
        'sex'      => array('female', 'male'),
        'loading'  => array('lazy', 'eager'),
    );
}

/**
 * The element's attributes from the block's or the shortcode's: each one
 * checked (case-insensitively, as the element reads them) and escaped;
 * anything unknown is dropped.
 */
function magnesium_calculator_attributes($given) {
    $given = is_array($given) ? $given : array();
    $out = array();
    foreach (magnesium_calculator_allowed() as $name => $values) {
        if (!isset($given[$name]) || !is_scalar($given[$name])) {
            continue;
        }
        $value = trim((string) $given[$name]);
        foreach ($values as $known) {
            if (strcasecmp($value, $known) === 0) {
                $out[$name] = $known;
            }
        }
    }
    // The standards' short names, as the element also reads them.
    $short = array('iom' => 'IOM-1997', 'efsa' => 'EFSA-2015', 'fao-who' => 'FAO-WHO-2004', 'uk' => 'UK-COMA-1991', 'nnr' => 'NNR-2023', 'dach' => 'DACH-2021');
    if (!isset($out['standard']) && isset($given['standard']) && is_scalar($given['standard'])) {
        $code = strtolower(trim((string) $given['standard']));
        if (isset($short[$code])) {
            $out['standard'] = $short[$code];
        }
    }
    // An age preset: "34", "34 years", "8 months" (the element reads the same forms).
    if (isset($given['age']) && is_scalar($given['age'])) {
        $age = trim((string) $given['age']);
        if (preg_match('/^\d{1,3}([.,]\d{1,2})?\s*(y|years?|m|mo|months?)?$/i', $age)) {
            $out['age'] = $age;
        }
    }
    // compact: a boolean attribute, present or absent; in a shortcode also
    // written bare, [magnesium_calculator compact], which WordPress passes
    // as a value without a name.
    $bare = in_array('compact', array_filter($given, 'is_int', ARRAY_FILTER_USE_KEY), true);
    if ($bare || (!empty($given['compact']) && !in_array(strtolower((string) $given['compact']), array('false', '0', 'no'), true))) {
        $out['compact'] = '';
    }
    return $out;
}

/** The element, and the script enqueued for this page. */
function magnesium_calculator_render($given) {
    wp_enqueue_script('magnesium-calculator');
    $html = '<magnesium-calculator';
    foreach (magnesium_calculator_attributes($given) as $name => $value) {
        $html .= $value === '' ? ' ' . esc_attr($name) : sprintf(' %s="%s"', esc_attr($name), esc_attr($value));
    }
    // Readers without JavaScript or WebAssembly see this text instead.
    $html .= '><p>' . esc_html__('The magnesium calculator needs JavaScript and WebAssembly.', 'magnesium-calculator') . '</p></magnesium-calculator>';
    return $html;
}

function magnesium_calculator_register() {
    $assets = plugins_url('assets/', __FILE__);
    // In the footer, after the elements: the loader finds its folder from its own address.
    wp_register_script('magnesium-calculator', $assets . 'magnesium-calculator.js', array(), MAGNESIUM_CALCULATOR_VERSION, true);
    register_block_type(__DIR__, array(
        'render_callback' => function ($attributes) {
            return magnesium_calculator_render($attributes);
        },
    ));
    add_shortcode('magnesium_calculator', function ($attributes) {
        return magnesium_calculator_render(is_array($attributes) ? $attributes : array());
    });
}
add_action('init', 'magnesium_calculator_register');

// The editor's live preview renders the element through the REST API: the
// editor page needs the script too.
add_action('enqueue_block_editor_assets', function () {
    wp_enqueue_script('magnesium-calculator');
});
