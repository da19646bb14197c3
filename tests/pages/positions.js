// Records where the paragraphs after the widgets are drawn, frame by frame,
// from the first frame they exist in: a portable stand-in for Chromium's
// Layout Instability API (Firefox and WebKit have none). window.__moves
// lists every change of position, as "id: before -> after".
window.__moves = [];
(() => {
  const seen = new Map();
  const frame = () => {
    for (const p of document.querySelectorAll('p[id^=after]')) {
      const top = Math.round(p.getBoundingClientRect().top + window.scrollY);
      if (seen.has(p.id) && seen.get(p.id) !== top) {
        window.__moves.push(`${p.id}: ${seen.get(p.id)} -> ${top}`);
      }
      seen.set(p.id, top);
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();
