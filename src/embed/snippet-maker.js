// "Make your snippet" (snippet-maker.html): the writer's choices become the
// code to paste, and the same choices drive a live widget beside it (the
// element itself, from this folder, or widget.html in a frame). Runs in the
// page only: nothing is sent anywhere. The attribute names and values are
// the element's own (README, "Embedding").
'use strict';

const form = document.getElementById('maker');
const field = (id) => document.getElementById(id);
const ATTRIBUTES = ['standard', 'lang', 'mode', 'theme', 'age', 'sex', 'loading'];
// Read by the element as it reads them: a number and an optional unit.
const AGE = /^\d{1,3}([.,]\d{1,2})?\s*(y|years?|m|mo|months?)?$/i;
// The widget's own light colours (styles/widget.css), for the contrast check
// of whatever the writer leaves unticked.
const DEFAULTS = { text: '#1b1f24', surface: '#ffffff', accent: '#0b5cad', onAccent: '#ffffff' };
const folder = new URL('./', location.href).href;
const Element = customElements.get('magnesium-calculator');
const version = Element ? Element.version : '';
const cdn = `https://cdn.jsdelivr.net/npm/magnesium-calculator@${version}/`;
field('here-url').textContent = folder;
field('cdn-url').textContent = cdn;

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// ---- contrast (WCAG 2.2: relative luminance and contrast ratio) ----
function luminance(hex) {
  const channel = (i) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
const ratio = (r) => `${(Math.floor(r * 10) / 10).toFixed(1)}:1`;

// ---- the choices ----
function colours() {
  const chosen = {};
  for (const name of ['accent', 'text', 'surface']) {
    if (field(`use-${name}`).checked) chosen[name] = field(name).value;
  }
  return chosen;
}

function choices() {
  const attributes = [];
  let ageError = '';
  for (const name of ATTRIBUTES) {
    const value = field(name).value.trim();
    if (!value) continue;
    if (name === 'age' && !AGE.test(value)) {
      ageError = 'Write an age like 34, 34 years or 8 months; it is left out of the code until then.';
      continue;
    }
    attributes.push([name, value]);
  }
  if (field('compact').checked) attributes.push(['compact', '']);
  const font = field('font').value.trim();
  const fontOk = /^[\w\s,"'-]*$/.test(font);
  let base = folder;
  let ownError = '';
  const from = form.elements.from.value;
  if (from === 'cdn') base = cdn;
  if (from === 'own') {
    try {
      const url = new URL(field('own-url').value.trim());
      if (!/^https?:$/.test(url.protocol)) throw new Error('scheme');
      base = url.href.endsWith('/') ? url.href : `${url.href}/`;
    } catch (_) {
      ownError = 'Give the address of the folder that holds magnesium-calculator.js, for example https://example.org/magnesium/.';
    }
  }
  return {
    attributes, ageError, ownError, base,
    kind: form.elements.kind.value,
    colours: colours(),
    font: fontOk ? font : '',
    fontError: fontOk ? '' : 'A font name may hold letters, digits, spaces, commas, quotes and hyphens only.',
  };
}

function styleRules(c) {
  const rules = [];
  if (c.colours.accent) rules.push(`--mc-accent: ${c.colours.accent};`);
  if (c.colours.text) rules.push(`--mc-text: ${c.colours.text};`);
  if (c.colours.surface) rules.push(`--mc-surface: ${c.colours.surface};`);
  if (c.font) rules.push(`--mc-font: ${c.font};`);
  return rules;
}

// ---- the code ----
function code(c) {
  if (c.kind === 'iframe') {
    const query = c.attributes
      .filter(([name]) => name !== 'loading')
      .map(([name, value]) => (value === '' ? name : `${name}=${encodeURIComponent(value)}`))
      .join('&');
    const src = `${c.base}widget.html${query ? `?${query}` : ''}`;
    return `<iframe src="${escapeHtml(src)}" title="Magnesium calculator"\n`
      + '        data-magnesium-calculator loading="lazy"\n'
      + '        style="width: 100%; height: 1400px; border: 0"></iframe>\n'
      + '<!-- Keeps the iframe exactly as tall as the calculator. -->\n'
      + `<script src="${escapeHtml(c.base)}magnesium-calculator-resizer.js" defer></script>\n`;
  }
  const attributes = c.attributes
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  let out = `<script src="${escapeHtml(c.base)}magnesium-calculator.js"></script>\n`;
  const rules = styleRules(c);
  if (rules.length) out += `<style>\n  magnesium-calculator {\n    ${rules.join('\n    ')}\n  }\n</style>\n`;
  out += `<magnesium-calculator${attributes}>\n`
    + `  <p>The magnesium calculator needs JavaScript. <a href="${escapeHtml(c.base)}widget.html">Open it on its own page</a>.</p>\n`
    + '</magnesium-calculator>\n';
  return out;
}

// ---- the contrast check ----
function contrastLine(c) {
  const text = c.colours.text || DEFAULTS.text;
  const surface = c.colours.surface || DEFAULTS.surface;
  const accent = c.colours.accent || DEFAULTS.accent;
  const pairs = [
    ['Text on the background', contrast(text, surface)],
    ['Accent (links, focus) on the background', contrast(accent, surface)],
    ['Button text on the accent', contrast(DEFAULTS.onAccent, accent)],
  ];
  const low = pairs.filter(([, r]) => r < 4.5);
  if (!Object.keys(c.colours).length) return ['', false];
  if (low.length) {
    return [`Below WCAG AA (4.5:1 for text): ${low.map(([what, r]) => `${what.toLowerCase()} is ${ratio(r)}`).join('; ')}. Readers with low vision may not read it.`, true];
  }
  return [`Contrast meets WCAG AA: ${pairs.map(([what, r]) => `${what.toLowerCase()} ${ratio(r)}`).join(', ')}.`, false];
}

// ---- the live preview ----
let shown = null;
function preview(c) {
  const box = field('preview');
  // Always this folder's files: a CDN or your copy may be of another version.
  if (c.kind === 'iframe') {
    const query = c.attributes.filter(([n]) => n !== 'loading')
      .map(([n, v]) => (v === '' ? n : `${n}=${encodeURIComponent(v)}`)).join('&');
    const src = `widget.html${query ? `?${query}` : ''}`;
    if (!shown || shown.tagName !== 'IFRAME') {
      shown = document.createElement('iframe');
      shown.title = 'Magnesium calculator';
      shown.setAttribute('data-magnesium-calculator', '');
      box.replaceChildren(shown);
    }
    if (shown.getAttribute('src') !== src) shown.setAttribute('src', src);
    return;
  }
  if (!shown || shown.tagName !== 'MAGNESIUM-CALCULATOR') {
    shown = document.createElement('magnesium-calculator');
    shown.setAttribute('loading', 'eager');
    box.replaceChildren(shown);
  }
  const wanted = new Map(c.attributes.filter(([n]) => n !== 'loading'));
  for (const name of [...ATTRIBUTES, 'compact']) {
    if (name === 'loading') continue;
    if (!wanted.has(name)) shown.removeAttribute(name);
    else if (shown.getAttribute(name) !== wanted.get(name)) shown.setAttribute(name, wanted.get(name));
  }
  // Custom properties through the CSSOM (allowed under any CSP).
  for (const property of ['--mc-accent', '--mc-text', '--mc-surface', '--mc-font']) shown.style.removeProperty(property);
  for (const rule of styleRules(c)) {
    const [property, value] = rule.slice(0, -1).split(/:\s*/);
    shown.style.setProperty(property, value);
  }
}

function update() {
  const c = choices();
  field('age-error').textContent = c.ageError;
  field('age').setAttribute('aria-invalid', c.ageError ? 'true' : 'false');
  field('own-error').textContent = c.ownError || c.fontError;
  field('colours').disabled = c.kind === 'iframe';
  const [line, low] = contrastLine(c);
  field('contrast').textContent = line;
  field('contrast').classList.toggle('maker-warning', low);
  field('code').value = code(c);
  field('copied').textContent = '';
  preview(c);
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
field('copy').addEventListener('click', () => {
  const text = field('code').value;
  const done = (ok) => {
    field('copied').textContent = ok ? 'Copied.' : 'Select the code and copy it (Ctrl+C or ⌘C).';
    if (!ok) field('code').select();
  };
  if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(() => done(true), () => done(false));
  else done(false);
});
update();
