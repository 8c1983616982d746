// How a count may be written in Chinese text: digits (54) or numerals (五十四, 六). Used to find
// where a declared count stands in its sentence; a writing system's grammar, not a fact.

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 0 … 99 in Chinese numerals (十, 十一, 二十, 五十四); larger numbers only in digits. */
export function chineseNumeral(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 99) return undefined;
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** The ways a count is written: digits, numerals, and 两 for 2. */
export function writtenForms(n: number): string[] {
  const forms = [String(n)];
  const numeral = chineseNumeral(n);
  if (numeral) forms.push(numeral);
  if (n === 2) forms.push('两');
  return forms;
}
