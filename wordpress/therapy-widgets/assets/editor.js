/* global wp */
/**
 * The four blocks in the editor: each widget's own settings in the sidebar, a live preview
 * rendered by the server (the same markup visitors get), and, for the FAQ, the practice's
 * own questions as fields. The blocks save nothing but their settings: PHP renders them.
 * Plain script with WordPress's globals, so the plugin needs no build step.
 */
(function () {
  'use strict';
  const { registerBlockType } = wp.blocks;
  const { createElement: el, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, TextControl, TextareaControl, SelectControl, ToggleControl, Button } = wp.components;
  const { __ } = wp.i18n;
  const ServerSideRender = wp.serverSideRender;

  const HEADING_LEVELS = ['', '2', '3', '4', '5', '6'];
  const JURISDICTIONS = ['', 'generic', 'us', 'uk', 'ca', 'au', 'ie', 'nz'];
  const THEMES = ['', 'light', 'dark', 'auto'];

  function text(props, name, label, help) {
    return el(TextControl, {
      key: name,
      label,
      help,
      value: props.attributes[name] || '',
      onChange: (value) => props.setAttributes({ [name]: value }),
    });
  }

  function choice(props, name, label, values) {
    return el(SelectControl, {
      key: name,
      label,
      value: props.attributes[name] || '',
      options: values.map((value) => ({
        value,
        label: value || __('As in the settings', 'therapy-widgets'),
      })),
      onChange: (value) => props.setAttributes({ [name]: value }),
    });
  }

  /** The practice's own FAQ questions: question, answer, category, id and language fields, one group each. */
  function questions(props) {
    const list = Array.isArray(props.attributes.questions) ? props.attributes.questions : [];
    const change = (index, key, value) =>
      props.setAttributes({
        questions: list.map((item, i) => (i === index ? { ...item, [key]: value } : item)),
      });
    const part = (Control, item, index, key, label, extra = {}) =>
      el(Control, {
        label,
        value: item[key] || '',
        onChange: (value) => change(index, key, value),
        ...extra,
      });
    return el(
      PanelBody,
      { title: __('Your own questions', 'therapy-widgets'), initialOpen: list.length === 0 },
      list.map((item, index) =>
        el(
          'div',
          { key: index, className: 'therapy-widgets-question' },
          part(TextControl, item, index, 'question', __('Question', 'therapy-widgets')),
          part(TextareaControl, item, index, 'answer', __('Answer', 'therapy-widgets'), {
            help: __('Plain text. Leave an empty line between paragraphs.', 'therapy-widgets'),
          }),
          part(TextControl, item, index, 'category', __('Category id (optional)', 'therapy-widgets')),
          part(SelectControl, item, index, 'lang', __('Language', 'therapy-widgets'), {
            options: [
              { value: '', label: __('Every language', 'therapy-widgets') },
              { value: 'en', label: __('English only', 'therapy-widgets') },
              { value: 'es', label: __('Spanish only', 'therapy-widgets') },
            ],
            help: __(
              'A question in one language is shown only to readers in that language. To offer it in both, add it twice.',
              'therapy-widgets',
            ),
          }),
          part(
            TextControl,
            item,
            index,
            'id',
            __('Replaces the default question with this id (optional)', 'therapy-widgets'),
          ),
          el(
            Button,
            {
              variant: 'secondary',
              isDestructive: true,
              onClick: () => props.setAttributes({ questions: list.filter((_, i) => i !== index) }),
            },
            __('Remove this question', 'therapy-widgets'),
          ),
        ),
      ),
      el(
        Button,
        {
          variant: 'primary',
          onClick: () =>
            props.setAttributes({ questions: [...list, { question: '', answer: '', category: '' }] }),
        },
        __('Add a question', 'therapy-widgets'),
      ),
    );
  }

  /** The controls each widget shows, beyond the shared ones. */
  const OWN = {
    guide: (props) => [
      text(
        props,
        'start',
        __('Stage shown first', 'therapy-widgets'),
        'before, first-session, early-sessions, ongoing, ending',
      ),
      text(props, 'include', __('Only these stages (ids)', 'therapy-widgets')),
      text(props, 'exclude', __('Leave out these stages (ids)', 'therapy-widgets')),
      choice(props, 'crisis', __('Closing crisis line', 'therapy-widgets'), ['', 'off']),
    ],
    confidentiality: (props) => [
      text(props, 'include', __('Only these sections or scenarios (ids)', 'therapy-widgets')),
      text(props, 'exclude', __('Leave out these sections or scenarios (ids)', 'therapy-widgets')),
      choice(props, 'crisis', __('Closing crisis line', 'therapy-widgets'), ['', 'off']),
    ],
    faq: (props) => [
      text(
        props,
        'include',
        __('Only these questions (ids)', 'therapy-widgets'),
        'cost insurance cancellation',
      ),
      text(props, 'exclude', __('Leave out these questions (ids)', 'therapy-widgets')),
      text(props, 'categories', __('Only these categories (ids)', 'therapy-widgets')),
      el(ToggleControl, {
        key: 'single',
        label: __('Only one answer open at a time', 'therapy-widgets'),
        checked: Boolean(props.attributes.single),
        onChange: (value) => props.setAttributes({ single: value }),
      }),
    ],
    crisis: () => [],
  };

  for (const widget of Object.keys(OWN)) {
    const name = `therapy-widgets/${widget}`;
    registerBlockType(name, {
      edit(props) {
        const blockProps = useBlockProps();
        return el(
          Fragment,
          null,
          el(
            InspectorControls,
            null,
            el(PanelBody, { title: __('This widget', 'therapy-widgets') }, OWN[widget](props)),
            el(
              PanelBody,
              { title: __('Settings for this widget only', 'therapy-widgets'), initialOpen: false },
              el(
                'p',
                null,
                __(
                  'Your practice details are set once for every widget under Settings → Therapy widgets. Change them here only for this widget.',
                  'therapy-widgets',
                ),
              ),
              choice(props, 'heading_level', __('Heading level', 'therapy-widgets'), HEADING_LEVELS),
              choice(props, 'jurisdiction', __('Country', 'therapy-widgets'), JURISDICTIONS),
              text(props, 'lang', __('Language (en or es)', 'therapy-widgets')),
              text(props, 'practice_name', __('Practice name', 'therapy-widgets')),
              choice(props, 'theme', __('Colours', 'therapy-widgets'), THEMES),
            ),
            widget === 'faq' ? questions(props) : null,
          ),
          el('div', blockProps, el(ServerSideRender, { block: name, attributes: props.attributes })),
        );
      },
      save: () => null,
    });
  }
})();
