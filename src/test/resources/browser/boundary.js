// The edge of every visible form control against the background around it (WCAG 1.4.11: 3:1 at least).
// Vaadin's fields, checkboxes and radios are measured inside their shadow roots, on the part that draws them;
// an edge is a border on all four sides, an inset box shadow (as Lumo draws it) or a fill.
function up(e) { return e.parentElement || (e.getRootNode().host || null); }
function behind(element) {
  const layers = [];
  for (let e = element; e; e = up(e)) {
    const c = parse(getComputedStyle(e).backgroundColor);
    if (c && c.a > 0) { layers.push(c); if (c.a >= 1) { break; } }
  }
  let result = { r: 255, g: 255, b: 255, a: 1 };
  for (let i = layers.length - 1; i >= 0; i--) { result = over(layers[i], result); }
  return result;
}
function collect(root, selector, found) {
  root.querySelectorAll(selector).forEach(e => found.push(e));
  root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) { collect(e.shadowRoot, selector, found); } });
  return found;
}
function insideVaadin(e) {
  for (let p = up(e); p; p = up(p)) { if (p.localName.startsWith('vaadin-')) { return true; } }
  return false;
}
function visible(e) {
  const box = e.getBoundingClientRect();
  // Not the honeypot kept out of sight off the page's left edge.
  return box.width > 2 && box.height > 2 && box.right > 0 && getComputedStyle(e).visibility !== 'hidden';
}
function edge(control) {
  const style = getComputedStyle(control);
  const around = behind(up(control));
  const against = c => c ? ratio(over(c, around), around) : 1;
  let best = against(parse(style.backgroundColor));
  const sides = ['Top', 'Right', 'Bottom', 'Left'];
  if (sides.every(s => parseFloat(style['border' + s + 'Width']) >= 1 && style['border' + s + 'Style'] !== 'none')) {
    best = Math.max(best, Math.min(...sides.map(s => against(parse(style['border' + s + 'Color'])))));
  }
  (style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\))/)).forEach(shadow => {
    const lengths = (shadow.replace(/(rgba?|color)\([^)]*\)/, '').match(/-?[\d.]+px/g) || []).map(parseFloat);
    if (/inset/.test(shadow) && lengths.length >= 4 && lengths[3] >= 1) {
      best = Math.max(best, against(parse(shadow)));
    }
  });
  return best;
}
function name(control) {
  const owner = control.getRootNode().host || control;
  return owner.localName + (owner.id ? '#' + owner.id : '') + (owner.getAttribute('name') ? '[' + owner.getAttribute('name') + ']' : '')
    + (owner !== control ? ' ' + control.getAttribute('part') : '') + (owner.getAttribute('type') ? ' ' + owner.getAttribute('type') : '');
}
const controls = collect(document, 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=file]),'
    + ' textarea, select, [part~="input-field"], [part~="checkbox"], [part~="radio"]', [])
  .filter(e => !(e.matches('input, textarea, select') && insideVaadin(e)))
  .filter(visible);
const failures = [];
let lowest = 99;
controls.forEach(control => {
  const measured = edge(control);
  lowest = Math.min(lowest, measured);
  if (measured < 3) { failures.push(name(control) + ' ' + measured.toFixed(2) + ':1'); }
});
return { checked: controls.length, lowest: lowest, failures: failures };
