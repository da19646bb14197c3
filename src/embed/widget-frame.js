// The script of widget.html, the calculator on a page of its own (for sites
// that embed it in an <iframe>). It copies the attributes given in the query
// (widget.html?standard=EFSA-2015&lang=de&compact) onto the widget and, when
// the page is inside a frame, tells the parent page its height whenever it
// changes, and again when the parent asks (its resizer may start after the
// first report). The height is all it sends; the parent checks the sender.
const widget = document.querySelector('magnesium-calculator');
const query = new URLSearchParams(location.search);
for (const name of ['standard', 'lang', 'theme', 'compact', 'age', 'sex', 'mode']) {
  if (query.has(name)) widget.setAttribute(name, query.get(name));
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
// Registered once the page has loaded and is idle, so that the worker's first
// download of every file does not compete with the calculator's own start.
if (window.parent === window && 'serviceWorker' in navigator && window.isSecureContext) {
  const idle = window.requestIdleCallback || ((f) => setTimeout(f, 1));
  const register = () => idle(() => {
    navigator.serviceWorker.register('magnesium-calculator-sw.js').catch((error) => {
      console.warn('magnesium-calculator: works online only here:', error);
    });
  }, { timeout: 5000 });
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
