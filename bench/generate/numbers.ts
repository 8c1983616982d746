// How the genre writes numbers: multipliers (万/亿), decimals trimmed, Chinese numerals for small
// counts (六大工程, 三十个), and comparator/qualifier words around them (不少于, 以上, 超, 余, 约).

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 0..99 as Chinese numerals (十二, 三十, 四十五), the way plans count projects and areas. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** Up to `places` decimals, trailing zeros dropped: 4.50 → 4.5. */
export const trimmed = (value: number, places = 2): string => String(Number(value.toFixed(places)));

/**
 * A magnitude written with the largest fitting multiplier: 42700 → 4.27万, 2.24e11 → 2240亿.
 * `unit` follows the multiplier (万个, 亿条, 亿元).
 */
export function withMultiplier(value: number, unit: string): string {
  if (value >= 1e8) return `${trimmed(value / 1e8)}亿${unit}`;
  if (value >= 1e4) return `${trimmed(value / 1e4)}万${unit}`;
  return `${trimmed(value, 1)}${unit}`;
}

/** Comparator wording for targets (目标值): the comparator word sits before or after the number. */
export type TargetStyle = 'reach' | 'atLeast' | 'orMore' | 'about' | 'keep';
export function targetPhrase(style: TargetStyle, quantity: string): string {
  switch (style) {
    case 'reach':
      return `达到${quantity}`;
    case 'atLeast':
      return `不少于${quantity}`;
    case 'orMore':
      return `达${quantity}以上`;
    case 'about':
      return `达${quantity}左右`;
    case 'keep':
      return `保持在${quantity}`;
  }
}

/** Qualifier wording for reported values (成效): 超 / 约 / 余 / 累计. */
export type ResultStyle = 'over' | 'about' | 'more' | 'plain';
export function resultPhrase(style: ResultStyle, number: string, unit: string): string {
  switch (style) {
    case 'over':
      return `超${number}${unit}`;
    case 'about':
      return `约${number}${unit}`;
    case 'more':
      return `${number}余${unit}`;
    case 'plain':
      return `${number}${unit}`;
  }
}
