import type { ValueContext } from './value-filter';

// The basis a figure is stated on, written in a note right after it (性能达到128TFLOPS（16位浮点）;
// 能效比超过1T OPS/w（以16位浮点为基准）), is the condition of that measure, not a value of its own.

/** The note opens right after a figure or its unit (…TFLOPS（, …OPS/w（以). */
const OPENS_AFTER_FIGURE = /[0-9A-Za-z%/]\s*[（(][\u4e00-\u9fff]{0,2}$/;
/** …and closes a few characters on, within the clause. */
const CLOSES = /^[^（(）)，,。；;]{0,10}[）)]/;

export function isNoteOfMeasure(v: ValueContext): boolean {
  return OPENS_AFTER_FIGURE.test(v.before) && CLOSES.test(v.after ?? '');
}
