// The focus indicator of arguments[0]: its outline colour against the background around the element.
const element = arguments[0];
function parse(colour) {
  const m = colour && colour.match(/rgba?\(([^)]+)\)/);
  if (!m) { return null; }
  const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
  return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
}
function over(top, bottom) {
  return { r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a),
           b: top.b * top.a + bottom.b * (1 - top.a), a: 1 };
}
function luminance(c) {
  const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
}
function background(start) {
  const layers = [];
  for (let e = start; e; e = e.parentElement) {
    const c = parse(getComputedStyle(e).backgroundColor);
    if (c && c.a > 0) { layers.push(c); if (c.a >= 1) { break; } }
  }
  let result = { r: 255, g: 255, b: 255, a: 1 };
  for (let i = layers.length - 1; i >= 0; i--) { result = over(layers[i], result); }
  return result;
}
const style = getComputedStyle(element);
const around = background(element.parentElement);
const ring = over(parse(style.outlineColor), around);
const l1 = luminance(ring), l2 = luminance(around);
return { style: style.outlineStyle, ratio: (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05) };
