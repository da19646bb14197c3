// magnesium-calculator.js __MC_VERSION__: the one script a writer adds to a page.
// MIT OR Apache-2.0; data notices in NOTICE, beside this file.
//
// It defines <magnesium-calculator>, gives each instance an open shadow root
// with the widget's stylesheet (adopted, so a strict Content Security Policy
// allows it) and a placeholder that already takes the widget's space. The
// WebAssembly is loaded once per page, when the first instance comes near the
// viewport. Every other file is found next to this script's own URL, so the
// folder can be hosted anywhere, on any origin.
//
// It runs as a classic script (the snippet: <script src=…> in <head>, which
// every engine runs before the first paint, so the reserved space is there
// from the start) and as a module (older snippets). Hence no import.meta, and
// everything inside one function, so no name reaches the page's globals.
//
// This file is a template: the build (xtask/src/loader.rs, a Trunk hook)
// puts styles/widget.css in place of WIDGET_CSS and the "stopped" notice of
// each language (src/ui/i18n) in place of STOPPED below, and writes the
// result to dist/magnesium-calculator.js.
(() => {
const WIDGET_CSS = "__WIDGET_CSS__";
const STOPPED = "__STOPPED__";
// This script's own URL: document.currentScript while a classic script runs;
// as a module, the script element that names this file.
const ownScript = document.currentScript
  || [...document.querySelectorAll('script[src]')].find((s) => /(^|\/)magnesium-calculator\.js([?#]|$)/.test(s.src));
const folder = new URL('./', ownScript ? ownScript.src : location.href);
// Start loading when a widget is within this many pixels of the viewport.
const NEAR = 800;

// The placeholder is shown for a moment at most, in the page's language when
// the loader knows it (the widget itself carries the full translations):
// title, loading, failed, try again, by language code, written by
// xtask/src/loader.rs from the interface tables.
const WAITING = "__WAITING__";

// The stylesheet is adopted (one constructed sheet for every instance, which
// a strict Content Security Policy allows) where the browser can; older ones
// (Safari before 16.4) get a <link> to the same styles in the folder instead.
const adoptable = 'adoptedStyleSheets' in Document.prototype && (() => {
  try { new CSSStyleSheet(); return true; } catch (e) { return false; }
})();
let sheet = null;
function widgetSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(WIDGET_CSS);
  }
  return sheet;
}
// What goes first in each shadow root: nothing, or its own stylesheet link.
function styleNodes() {
  if (adoptable) return [];
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('magnesium-calculator.css', folder).href;
  return [link];
}

// A promise that settles in a new task, letting the browser paint and
// handle input in between.
function nextTask() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

// The wasm module, loaded at most once per page (again only after a failure).
let core = null;
function loadCore() {
  if (!core) {
    // The wasm download starts at once, beside the glue's, not after it.
    const wasm = fetch(new URL('magnesium-calculator-wasm_bg.wasm', folder));
    wasm.catch(() => {}); // a failed download is reported once, through `core`
    core = import(new URL('magnesium-calculator-wasm.js', folder).href).then(async (glue) => {
      await glue.default({ module_or_path: wasm });
      return glue;
    });
    core.catch(() => { core = null; });
  }
  return core;
}

// The last line of defence. No input should be able to stop the widget (all
// the reader types is validated), but if a bug ever does, the WebAssembly
// traps: the release build aborts at once on a panic, with no Rust left to
// run (panic=immediate-abort), and every instance on the page shares the one
// module, so none can go on. A trap reaches JavaScript as a
// WebAssembly.RuntimeError: thrown from our calls into the module (mount,
// update, destroy) or, from the module's event handlers and timers, reported
// to the window. Then every widget shows a notice saying so and how to
// recover (reload), in its language, instead of freezing half-drawn.
let stopped = false;
function stop(error) {
  if (stopped) return;
  stopped = true;
  console.error('magnesium-calculator stopped:', error);
  for (const element of document.querySelectorAll('magnesium-calculator')) {
    const root = element.shadowRoot;
    if (!root) continue;
    // The language the widget shows is on its root; before it rendered, the one it would have.
    const notice = document.createElement('p');
    notice.className = 'mc-crashed';
    notice.setAttribute('role', 'alert');
    notice.textContent = STOPPED[primaryLanguage(root.querySelector('[lang]')?.getAttribute('lang'))] || STOPPED[languageOf(element)];
    root.replaceChildren(...(element._styles || []), notice);
    element._widget = null;
  }
}
// A trap of this module, not of another WebAssembly on the page: its stack
// names our files (Chromium and Firefox the .wasm file's URL in each wasm
// frame, WebKit our glue, magnesium-calculator-wasm.js, that called it);
// with no stack to tell, it is taken as ours.
function ourTrap(error) {
  if (!(error instanceof WebAssembly.RuntimeError)) return false;
  return !error.stack || error.stack.includes('magnesium-calculator-wasm');
}
window.addEventListener('error', (event) => { if (core && ourTrap(event.error)) stop(event.error); });
window.addEventListener('unhandledrejection', (event) => { if (core && ourTrap(event.reason)) stop(event.reason); });
// A call into the module: a trap stops every widget; other errors are bugs
// of their own and go on to the console.
function guarded(call) {
  if (stopped) return undefined;
  try {
    return call();
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) stop(error);
    else throw error;
    return undefined;
  }
}

// The interface languages. English is inside the wasm; each other one is a
// file beside it, fetched once per page when a widget needs it (with the
// wasm, so the widget's first render is already in its language).
const LANGUAGES = "__LANGUAGES__"; // written by xtask/src/loader.rs from Lang::ALL
// The widget's language as the wasm resolves it (src/ui/i18n, Lang::resolve):
// the first supported among the element's or page's lang, then the browser's.
function languageOf(element) {
  const tags = [element.closest('[lang]')?.getAttribute('lang'), ...(navigator.languages || [navigator.language])];
  return tags.map(primaryLanguage).find((code) => LANGUAGES.includes(code)) || 'en';
}
// "de-AT", "DE_ch" → "de".
function primaryLanguage(tag) {
  return String(tag || '').trim().split(/[-_]/)[0].toLowerCase();
}
// Language files by code: the promise of their text, then true once handed
// to the wasm. A file that cannot be had leaves that language in English
// (said in the console), rather than no calculator.
const languages = { en: true };
function loadLanguage(code) {
  if (!languages[code]) {
    languages[code] = fetch(new URL(`magnesium-calculator-${code}.txt`, folder))
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      })
      .catch((error) => {
        console.warn(`magnesium-calculator: the ${code} texts could not load; English instead`, error);
        delete languages[code];
        return null;
      });
  }
  return Promise.resolve(languages[code]);
}
// Hands a fetched language file to the wasm, once.
function addLanguage(glue, code, text) {
  if (text === true || text === null || languages[code] === true) return;
  if (guarded(() => glue.add_language(code, text))) languages[code] = true;
}

// Lazy widgets start once the page has shown its first content, so the
// page's own content comes first. It also keeps speed tests (Lighthouse,
// PageSpeed Insights) from counting the widget's download in the page's
// largest paint: their simulation made that paint wait for the wasm whenever
// the download had ended before it (CHANGELOG, "lazy widgets").
// At most a second's wait, for a browser that reports no paint (a page
// opened in a background tab).
let firstPaint = null;
function afterFirstPaint() {
  if (!firstPaint) {
    firstPaint = new Promise((resolve) => {
      const painted = () => performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint');
      const types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
      if (!types.includes('paint') || painted()) return resolve();
      const observer = new PerformanceObserver(() => {
        if (painted()) { observer.disconnect(); resolve(); }
      });
      observer.observe({ type: 'paint' });
      setTimeout(() => { observer.disconnect(); resolve(); }, 1000);
    });
  }
  return firstPaint;
}

// One observer for every instance on the page.
const nearViewport = 'IntersectionObserver' in window
  ? new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) {
          nearViewport.unobserve(entry.target);
          afterFirstPaint().then(() => entry.target.start());
        }
      }
    }, { rootMargin: `${NEAR}px 0px` })
  : null;

function attributesOf(element) {
  const attributes = {};
  for (const { name, value } of element.attributes) attributes[name] = value;
  return attributes;
}

// The placeholder is in the language the widget will have.
function waitingText(element) {
  return WAITING[languageOf(element)];
}

// "Print or save as PDF" prints this widget's report alone: everything else
// on the writer's page (each sibling of the widget and of its ancestors) is
// hidden for the print through its style property (allowed under any CSP),
// then put back as it was. Printing the article with the browser's own
// command is left alone: the widget then prints its report among the text.
function printAlone(element) {
  const hidden = [];
  for (let node = element; node && node !== document.body && node.parentElement; node = node.parentElement) {
    for (const sibling of node.parentElement.children) {
      if (sibling === node || sibling.tagName === 'SCRIPT' || sibling.tagName === 'STYLE' || sibling.tagName === 'LINK') continue;
      hidden.push([sibling, sibling.style.getPropertyValue('display'), sibling.style.getPropertyPriority('display')]);
      sibling.style.setProperty('display', 'none', 'important');
    }
  }
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    window.removeEventListener('afterprint', restore);
    for (const [sibling, value, priority] of hidden) {
      if (value) sibling.style.setProperty('display', value, priority);
      else sibling.style.removeProperty('display');
    }
  };
  window.addEventListener('afterprint', restore);
  try { window.print(); } finally {
    // print() returns when the dialog closes in most browsers; afterprint
    // covers those where it returns at once.
    if (!('onafterprint' in window)) restore();
  }
}

// On a writer's page the placeholder becomes the same opening screen as
// soon as a small file beside this one arrives (with the wasm, not after
// it): the screen for each standard in the widget's language, rendered by
// the build from the app (magnesium-calculator-opening-de.html, about
// 2.3 KB compressed). Fetched once per page and language; null where it
// cannot be had or used (a page whose Trusted Types policy forbids markup
// from a string keeps the plain placeholder).
const openings = {};
function loadOpening(code) {
  if (!(code in openings)) {
    openings[code] = fetch(new URL(`magnesium-calculator-opening-${code}.html`, folder))
      .then((response) => (response.ok ? response.text() : null))
      .then((html) => {
        if (html === null) return null;
        const parsed = document.createElement('template');
        parsed.innerHTML = html;
        return parsed.content;
      })
      .catch(() => null);
  }
  return openings[code];
}
// The opening screen is the app's first only without presets, and without
// a share link or inputs this device remembers for the widget (which the
// app restores at once).
function startsFromSaved(instance) {
  if (instance === 0 && /^#mc\d+\./.test(location.hash)) return true;
  try {
    return localStorage.getItem(`magnesium-calculator:v1:${location.pathname}:${instance}`) !== null;
  } catch (e) {
    return false; // storage blocked: nothing is remembered either
  }
}

// widget.html carries the widget's opening screen as static HTML (in a
// declarative shadow root, rendered by the build from the app itself), so
// its first paint is the calculator and a reader can type an age or answer
// before the wasm is in: the page's own controls work without a script.
// The app then starts from that screen, with the controls the reader
// changed (by id: ui/state/prerendered.rs turns them into the app's own
// actions) ...
function doneOn(screen, pageTitle) {
  const controls = [];
  for (const control of screen.querySelectorAll('input[id], select[id]')) {
    if (control.type === 'radio' || control.type === 'checkbox') {
      if (control.checked && !control.defaultChecked) controls.push([control.id, 'on']);
    } else if (control.tagName === 'SELECT') {
      const option = control.selectedOptions[0];
      if (option && !option.defaultSelected) controls.push([control.id, control.value]);
    } else if (control.value !== control.defaultValue) {
      controls.push([control.id, control.value]);
    }
  }
  return { pageTitle: pageTitle || Boolean(screen.querySelector('h1.mc-title')), controls, screen: true };
}
// ... and replaces it once the app has drawn the same stage (it starts in
// stages, as always), so nothing moves. What the reader changed on the
// screen after the app had started (a task or two) is handed to the app's
// own controls as they would have had it, with their events; an open fold
// stays open, and focus and the caret go to the same control in the app.
function takeOver(screen, app, passed) {
  const before = new Map(passed);
  const now = new Map(doneOn(screen, false).controls);
  const handed = new Set();
  for (const id of new Set([...before.keys(), ...now.keys()])) {
    if (before.get(id) === now.get(id)) continue;
    let from = screen.querySelector(`#${CSS.escape(id)}`);
    // A radio the reader left for another of its group: the one now
    // checked is handed over instead, also when it is the group's default,
    // which doneOn does not list (the app takes any radio's change as a pick).
    if (from && from.type === 'radio' && !from.checked) {
      const name = from.name;
      from = [...screen.querySelectorAll('input[type=radio]:checked')].find((r) => r.name === name);
    }
    if (!from || handed.has(from.id)) continue;
    handed.add(from.id);
    const to = app.querySelector(`#${CSS.escape(from.id)}`);
    if (!to) continue;
    const choice = to.type === 'radio' || to.type === 'checkbox';
    if (choice) to.checked = from.checked;
    else to.value = from.value;
    to.dispatchEvent(new Event(choice || to.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  }
  const folds = app.querySelectorAll('details');
  screen.querySelectorAll('details').forEach((fold, i) => { if (folds[i]) folds[i].open = fold.open; });
  const active = screen.getRootNode().activeElement;
  const focused = active && screen.contains(active) && active.id ? active : null;
  screen.remove();
  app.hidden = false;
  const same = focused && app.querySelector(`#${CSS.escape(focused.id)}`);
  if (!same) return;
  same.focus({ preventScroll: true });
  if (typeof focused.selectionStart === 'number') {
    try { same.setSelectionRange(focused.selectionStart, focused.selectionEnd, focused.selectionDirection); } catch (e) { /* not a text field */ }
  }
}

class MagnesiumCalculator extends HTMLElement {
  // The release this script belongs to (semver; the same in package.json).
  static get version() { return '__MC_VERSION__'; }
  static get observedAttributes() { return ['standard', 'lang', 'theme', 'compact', 'age', 'sex', 'mode']; }

  connectedCallback() {
    if (!this._printing) {
      this._printing = (event) => { event.preventDefault(); printAlone(this); };
      this.addEventListener('magnesium-calculator-print', this._printing);
    }
    if (this._widget || this._starting) return;
    const root = this.shadowRoot || this.attachShadow({ mode: 'open' });
    // Without WebAssembly the widget cannot run: show the element's own
    // content (the writer's message and link to widget.html), never a blank box.
    if (typeof WebAssembly !== 'object') {
      root.replaceChildren(document.createElement('slot'));
      return;
    }
    // widget.html's declarative shadow root links the stylesheet itself
    // (the opening screen is painted with it): that link is kept for any
    // later placeholder or notice, and the styles are not parsed twice.
    const linked = [...root.querySelectorAll('link[rel=stylesheet]')];
    if (adoptable && !linked.length) root.adoptedStyleSheets = [widgetSheet()];
    if (!this._styles) this._styles = linked.length ? linked : styleNodes();
    if (!root.firstChild) this.showPlaceholder(false);
    // The observer reports after the page's first layout, even for a widget
    // already near the screen: measuring it here instead would force that
    // layout in the middle of parsing, a long task of its own on a phone
    // (one fewer long task in most loads of the demo article at 4x CPU).
    // In a frame (widget.html as a writer embeds it) the frame is the
    // widget's page: start at once, since the observer would measure against
    // the top page's viewport (and, across origins, without the margin).
    // loading="eager" (as on <img>: a widget in the page's first screen, or
    // widget.html itself) also starts at once, without waiting for that
    // first layout.
    const eager = (this.getAttribute('loading') || '').trim().toLowerCase() === 'eager';
    if (!nearViewport || eager || window.self !== window.top) this.start();
    else nearViewport.observe(this);
  }

  disconnectedCallback() {
    // Moving the element fires disconnect then connect: only release it if it
    // is really gone once the current task has finished.
    queueMicrotask(() => {
      if (this.isConnected) return;
      if (nearViewport) nearViewport.unobserve(this);
      if (this._widget) {
        const widget = this._widget;
        this._widget = null;
        guarded(() => { widget.destroy(); widget.free(); });
        if (!stopped) this.shadowRoot.replaceChildren();
      }
    });
  }

  attributeChangedCallback() {
    if (!this._widget) return;
    // A new language's texts first, then the update; in order, however fast
    // the attributes change.
    const code = languageOf(this);
    const update = () => {
      const widget = this._widget;
      if (widget) guarded(() => widget.update(attributesOf(this)));
    };
    if (languages[code] === true && !this._updating) return update();
    const done = (this._updating || Promise.resolve())
      .then(() => Promise.all([loadCore(), loadLanguage(code)]))
      .then(([glue, text]) => { addLanguage(glue, code, text); update(); }, () => {})
      .then(() => { if (this._updating === done) this._updating = null; });
    this._updating = done;
  }

  showPlaceholder(failed) {
    const [title, loading, failure, retry] = waitingText(this);
    const card = document.createElement('section');
    card.className = 'mc mc-placeholder';
    const heading = document.createElement('h2');
    heading.className = 'mc-title';
    heading.textContent = title;
    const status = document.createElement('p');
    status.setAttribute('role', failed ? 'alert' : 'status');
    status.textContent = failed ? failure + ' ' : loading;
    if (failed) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = retry;
      button.addEventListener('click', () => this.start());
      status.append(button);
    }
    card.append(heading, status);
    this.shadowRoot.replaceChildren(...this._styles, card);
  }

  // The plain placeholder, where it is still shown, becomes the opening
  // screen of the widget's language and standard.
  showOpening(code, instance) {
    if (this.shadowRoot.querySelector('.mc-prerendered')) return; // widget.html's own
    if (['age', 'sex', 'mode'].some((name) => this.hasAttribute(name)) || startsFromSaved(instance)) return;
    loadOpening(code).then((screens) => {
      // Only while the wasm is on its way: not over a failure's notice.
      const placeholder = this.shadowRoot && this.shadowRoot.querySelector('.mc-placeholder');
      if (!screens || !placeholder || !this._starting || this._widget || stopped || languageOf(this) !== code) return;
      const wanted = (this.getAttribute('standard') || '').trim().toLowerCase();
      const all = [...screens.querySelectorAll('template')];
      // An unknown standard is the default, as in the app (the first screen).
      const chosen = all.find((t) => t.dataset.code === wanted || t.dataset.short === wanted) || all[0];
      const screen = document.createElement('div');
      screen.className = 'mc-host mc-prerendered';
      screen.append(chosen.content.cloneNode(true));
      placeholder.replaceWith(screen);
    });
  }

  start() {
    if (this._widget || this._starting || stopped) return;
    this._starting = true;
    const code = languageOf(this);
    // The position among the page's widgets keys this one's stored inputs.
    const instance = Math.max(0, [...document.querySelectorAll('magnesium-calculator')].indexOf(this));
    this.showOpening(code, instance);
    // Over widget.html's own screen, which the reader can use already, the
    // wasm is fetched once that screen has been painted: it is the page's
    // largest paint, and speed tests' simulations (Lighthouse's) would
    // otherwise count the download of the wasm, begun before it, in that
    // paint (2.5 s instead of 1.2 s on a slow 4G). As with lazy widgets
    // (afterFirstPaint).
    const ready = this.shadowRoot.querySelector('.mc-prerendered') ? afterFirstPaint() : Promise.resolve();
    ready.then(() => Promise.all([loadCore(), loadLanguage(code)])).then(
      // Each widget mounts in a task of its own: compiling the module and
      // each widget's first render are then shorter tasks, not one long one.
      (loaded) => nextTask().then(() => loaded),
    ).then(
      ([glue, text]) => {
        this._starting = false;
        addLanguage(glue, code, text);
        if (!this.isConnected || this._widget || stopped) return;
        // The language may have changed while the module loaded (a page's
        // script setting lang after the element, as widget.html copies its
        // query): the widget mounts only once that language's texts are in.
        const now = languageOf(this);
        if (now !== code && languages[now] !== true) {
          this.start();
          return;
        }
        const container = document.createElement('div');
        container.className = 'mc-host';
        // The opening screen, widget.html's own or the one from the
        // loader's file (showOpening), if shown: the app takes it over.
        const opening = this.shadowRoot.querySelector('.mc-prerendered');
        // Until the swap the screen's choices and the app's are in one
        // shadow root with the same names, so one radio group each: the
        // app's first render would clear an answer tapped on the screen
        // meanwhile. Renamed, the screen's are groups of their own.
        if (opening) opening.querySelectorAll('input[type=radio][name]').forEach((radio) => { radio.name += '-opening'; });
        // The placeholder keeps the reserved space until the app has drawn
        // its first part into the (hidden) container. Yew renders later in
        // this task, or in a later one while its scheduler yields (several
        // widgets, the staged first render): an empty container for a frame
        // would collapse the space and move the page.
        container.hidden = true;
        const placeholder = this.shadowRoot.querySelector('.mc-placeholder');
        // Over an opening screen, only once the app has drawn its opening
        // stage (data-opened), in a later task.
        const drawn = new MutationObserver(() => {
          if (opening && !container.querySelector('[data-opened]')) return;
          drawn.disconnect();
          if (stopped || !container.isConnected) return;
          if (placeholder) placeholder.remove();
          if (opening) takeOver(opening, container, done ? done.controls : []);
          container.hidden = false;
        });
        drawn.observe(container, opening ? { childList: true, subtree: true, attributes: true, attributeFilter: ['data-opened'] } : { childList: true });
        this.shadowRoot.append(container);
        // What the reader did on the opening screen is read here, so that
        // the app's first render has it; what they do until the swap is
        // handed over then (takeOver).
        // widget.html marks its calculator as the page's content
        // (data-page-title): its title is the page's <h1>, however it starts.
        const pageTitle = 'pageTitle' in this.dataset;
        const done = opening ? doneOn(opening, pageTitle) : (pageTitle ? { pageTitle, controls: [], screen: false } : null);
        this._widget = guarded(() => glue.mount(container, attributesOf(this), instance, done)) || null;
      },
      (error) => {
        this._starting = false;
        console.error('magnesium-calculator: could not load its WebAssembly', error);
        if (this.isConnected) this.showPlaceholder(true);
      },
    );
  }
}

if (!customElements.get('magnesium-calculator')) {
  customElements.define('magnesium-calculator', MagnesiumCalculator);
}
})();
