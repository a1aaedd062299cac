// The focus indicator of arguments[0]: its outline colour against the background around the element.
const element = arguments[0];
const style = getComputedStyle(element);
const around = background(element.parentElement);
const ring = over(parse(style.outlineColor), around);
return { style: style.outlineStyle, ratio: ratio(ring, around) };
