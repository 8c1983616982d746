import type { ValueContext } from './value-context';

// A note in brackets says what the words before it stand for; its figures are not values of their own: the basis a
// figure is stated on (性能达到128TFLOPS（16位浮点）; 能效比超过1T OPS/w（以16位浮点为基准）), and the parts a quoted formula
// name spells out (在现有“1+N”（1个省级政务云平台，N个市级政务云节点）框架下).

/** The note opens right after a figure or its unit (…TFLOPS（, …OPS/w（以). */
const OPENS_AFTER_FIGURE = /[0-9A-Za-z%/]\s*[（(][\u4e00-\u9fff]{0,2}$/;
/** …and closes a few characters on, within the clause. */
const CLOSES = /^[^（(）)，,。；;]{0,10}[）)]/;
/** The note opens right after a quoted formula (“1+N”, “1+3+N”), the figure still inside it. */
const INSIDE_FORMULA_NOTE = /“[^“”]{0,12}\+[^“”]{0,12}”\s*[（(][^（()）]*$/;

export function isNoteOfMeasure(v: ValueContext): boolean {
  if (OPENS_AFTER_FIGURE.test(v.before) && CLOSES.test(v.after ?? '')) return true;
  return v.lead !== undefined && INSIDE_FORMULA_NOTE.test(v.lead.slice(-64));
}
