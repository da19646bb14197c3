<?php
// The editor script's dependencies, read by register_block_type (block.json's "editorScript").
return array(
    'dependencies' => array('wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n'),
    'version'      => '__MC_VERSION__',
);
