// Optional, for pages that show the calculator in an <iframe> (widget.html):
// keeps each <iframe data-magnesium-calculator> as tall as the calculator in
// it. Only messages from that frame's own window and origin are trusted.
const frames = () => document.querySelectorAll('iframe[data-magnesium-calculator]');
window.addEventListener('message', (event) => {
  if (!event.data || event.data.type !== 'magnesium-calculator:height') return;
  for (const frame of frames()) {
    if (frame.contentWindow !== event.source) continue;
    if (new URL(frame.src, location.href).origin !== event.origin) return;
    const height = Number(event.data.height);
    if (Number.isFinite(height) && height > 0 && height < 100000) frame.style.height = `${height}px`;
  }
});
// A frame may have reported before this script ran: ask each one again, now
// and whenever it (re)loads.
for (const frame of frames()) {
  const ask = () => frame.contentWindow?.postMessage({ type: 'magnesium-calculator:report-height' }, new URL(frame.src, location.href).origin);
  frame.addEventListener('load', ask);
  ask();
}
