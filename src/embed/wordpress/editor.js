// The block's editor side, written against the editor's globals (no build
// step): the settings in the sidebar, and a live preview rendered by the
// plugin's PHP through the REST API (ServerSideRender), so the preview is
// the widget itself. The block saves no markup: WordPress stores its
// attributes in the block comment and PHP renders the element.
(function (blocks, element, blockEditor, components, serverSideRender, i18n) {
  'use strict';
  var el = element.createElement;
  var __ = i18n.__;
  var InspectorControls = blockEditor.InspectorControls;
  var PanelBody = components.PanelBody;
  var SelectControl = components.SelectControl;
  var TextControl = components.TextControl;
  var ToggleControl = components.ToggleControl;

  function choices(pairs) {
    return pairs.map(function (pair) { return { value: pair[0], label: pair[1] }; });
  }

  var DEFAULT = ['', __('Default', 'magnesium-calculator')];
  var settings = [
    ['standard', __('Reference standard', 'magnesium-calculator'), [DEFAULT,
      ['IOM-1997', 'US/Canada: IOM 1997'], ['EFSA-2015', 'EU: EFSA 2015'], ['FAO-WHO-2004', 'FAO/WHO 2004'],
      ['UK-COMA-1991', 'UK: COMA 1991'], ['NNR-2023', 'Nordic: NNR 2023'], ['DACH-2021', 'D-A-CH 2021']]],
    ['lang', __('Language', 'magnesium-calculator'), [['', __("The page's", 'magnesium-calculator')],
      ['en', 'English'], ['es', 'Español'], ['de', 'Deutsch'], ['fr', 'Français']]],
    ['mode', __('Way in', 'magnesium-calculator'), [DEFAULT,
      ['estimate', __('Quick estimate', 'magnesium-calculator')], ['log', __('Log foods', 'magnesium-calculator')]]],
    ['theme', __('Theme', 'magnesium-calculator'), [DEFAULT,
      ['light', __('Light', 'magnesium-calculator')], ['dark', __('Dark', 'magnesium-calculator')], ['auto', __("The reader's", 'magnesium-calculator')]]],
    ['sex', __('Sex preset', 'magnesium-calculator'), [DEFAULT,
      ['female', __('Female', 'magnesium-calculator')], ['male', __('Male', 'magnesium-calculator')]]],
    ['loading', __('Loading', 'magnesium-calculator'), [DEFAULT,
      ['lazy', __('When near the screen', 'magnesium-calculator')], ['eager', __('At once', 'magnesium-calculator')]]]
  ];

  blocks.registerBlockType('magnesium-calculator/calculator', {
    edit: function (props) {
      var a = props.attributes;
      function set(name) {
        return function (value) { var change = {}; change[name] = value; props.setAttributes(change); };
      }
      var controls = settings.map(function (s) {
        return el(SelectControl, { key: s[0], label: s[1], value: a[s[0]], options: choices(s[2]), onChange: set(s[0]) });
      });
      controls.push(el(TextControl, {
        key: 'age', label: __('Age preset', 'magnesium-calculator'), value: a.age,
        help: __('For example 34, or 8 months. Empty: the reader types it.', 'magnesium-calculator'),
        onChange: set('age')
      }));
      controls.push(el(ToggleControl, {
        key: 'compact', label: __('Compact', 'magnesium-calculator'), checked: !!a.compact, onChange: set('compact')
      }));
      return el('div', blockEditor.useBlockProps(),
        el(InspectorControls, null, el(PanelBody, { title: __('Calculator', 'magnesium-calculator') }, controls)),
        el(serverSideRender, { block: 'magnesium-calculator/calculator', attributes: a }));
    },
    save: function () { return null; }
  });
})(window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.serverSideRender, window.wp.i18n);
