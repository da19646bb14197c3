// The script of widget.html, the calculator on a page of its own (for sites
// that embed it in an <iframe>). A classic script right after the
// calculator's element, so it runs before the first paint: it copies the
// attributes given in the query (widget.html?standard=EFSA-2015&lang=de&compact)
// onto the widget, and keeps the opening screen the build put in the page
// only where it is what the app will show first. When the page is inside a
// frame, it tells the parent page its height whenever it changes, and again
// when the parent asks (its resizer may start after the first report). The
// height is all it sends; the parent checks the sender.
(() => {
const widget = document.querySelector('magnesium-calculator');
const query = new URLSearchParams(location.search);
const PRESETS = ['standard', 'age', 'sex', 'mode'];
for (const name of ['lang', 'theme', 'compact', ...PRESETS]) {
  if (query.has(name)) widget.setAttribute(name, query.get(name));
}

// The opening screen (in the element's declarative shadow root) is the
// app's first screen with nothing chosen. With a preset, a share link or
// inputs this device remembers, the app starts elsewhere: the loader's
// placeholder holds the space instead. Otherwise the screen is put in the
// widget's language, resolved as the loader and the app do (the element's
// or page's lang, else the browser's; src/ui/i18n Lang::resolve), which
// tests/e2e check against the app's own render.
function remembered() {
  try {
    return localStorage.getItem(`magnesium-calculator:v1:${location.pathname}:0`) !== null;
  } catch (e) {
    return false; // storage blocked: nothing is remembered either
  }
}
const root = widget.shadowRoot;
if (root) {
  const screens = [...root.querySelectorAll('template.mc-opening')];
  const languages = ['en', ...screens.map((t) => t.dataset.lang)];
  const primary = (tag) => String(tag || '').trim().split(/[-_]/)[0].toLowerCase();
  const tags = [widget.closest('[lang]')?.getAttribute('lang'), ...(navigator.languages || [navigator.language])];
  const lang = tags.map(primary).find((code) => languages.includes(code)) || 'en';
  const startsElsewhere = PRESETS.some((name) => query.has(name)) || /^#mc\d+\./.test(location.hash) || remembered();
  const english = root.querySelector('.mc-prerendered');
  if (startsElsewhere) {
    root.replaceChildren();
  } else if (lang !== 'en' && english) {
    const screen = screens.find((t) => t.dataset.lang === lang);
    english.replaceWith(screen.content);
  } else if (english) {
    // widget.html hides it until the language is known (see its comment).
    english.hidden = false;
  }
  screens.forEach((t) => t.remove());
}

if (window.parent !== window && 'ResizeObserver' in window) {
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    window.parent.postMessage({ type: 'magnesium-calculator:height', height }, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && event.data && event.data.type === 'magnesium-calculator:report-height') report();
  });
}

// On its own page (not inside a writer's frame), the calculator keeps working
// offline once visited, and can be installed as an app (manifest.webmanifest).
// Registered once the calculator has started (the app's "interactive"
// mark) and the page is idle: the worker's first download of every file
// would otherwise compete for the CPU with the calculator's start (it made
// the start's tasks longer in Lighthouse's traces of a slow phone).
if (window.parent === window && 'serviceWorker' in navigator && window.isSecureContext) {
  const idle = window.requestIdleCallback || ((f) => setTimeout(f, 1));
  const register = () => idle(() => {
    navigator.serviceWorker.register('magnesium-calculator-sw.js').catch((error) => {
      console.warn('magnesium-calculator: works online only here:', error);
    });
  }, { timeout: 5000 });
  const STARTED = 'magnesium-calculator:interactive';
  const observable = 'PerformanceObserver' in window && (PerformanceObserver.supportedEntryTypes || []).includes('mark');
  if (performance.getEntriesByName(STARTED, 'mark').length) {
    register();
  } else if (observable) {
    const started = new PerformanceObserver((marks) => {
      if (!marks.getEntriesByName(STARTED).length) return;
      started.disconnect();
      register();
    });
    started.observe({ type: 'mark' });
  } else if (document.readyState === 'complete') {
    register(); // a browser that cannot observe marks: once the page has loaded
  } else {
    window.addEventListener('load', register, { once: true });
  }
}
})();
