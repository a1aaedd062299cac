// Measures WCAG contrast in the page. Returns failures for visible text below `minimum`.
// Used by the colour-scheme tests; arguments[0] = minimum ratio.
const minimum = arguments[0];
function visible(element) {
  const style = getComputedStyle(element);
  if (style.visibility !== 'visible' || style.display === 'none' || Number(style.opacity) === 0) { return false; }
  const rect = element.getBoundingClientRect();
  return rect.width > 1 && rect.height > 1 && !element.closest('.visually-hidden, [hidden]');
}
const failures = [];
let checked = 0;
let lowest = 99;
for (const element of document.body.querySelectorAll('*')) {
  const ownText = [...element.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  if (!ownText || !visible(element) || element.closest('vaadin-dev-tools, .v-system-error, .v-status-message')) { continue; }
  const bg = background(element);
  const fg = over(parse(getComputedStyle(element).color), bg);
  const r = ratio(fg, bg);
  checked++;
  if (!element.closest('.scheme-swatch')) { lowest = Math.min(lowest, r); }
  if (r < minimum) {
    failures.push(element.tagName.toLowerCase() + '.' + element.className + ' "' + element.textContent.trim().slice(0, 40)
      + '" ' + r.toFixed(2) + ':1');
  }
}
return { checked: checked, lowest: lowest, failures: failures.slice(0, 20) };
