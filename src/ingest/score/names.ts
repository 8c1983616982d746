import { foldForMatching } from '../normalise';

// Alias-tolerant name matching: the same entity is written with or without quotes, 《》,
// a leading 累计/新增 or a trailing 数, and sometimes with a city prefix (青岛市大数据局).

const NOISE = /[“”‘’"'《》〈〉「」『』()（）【】\s·・、,，。:：]/g;

const PERIOD = /(?<=.)[(（]\s*20\d{2}\s*[-—–~至]\s*20\d{2}\s*年?\s*[)）]$/;

// A law is cited with or without the state's name: 《网络安全法》 = 中华人民共和国网络安全法.
const STATE = /^《?中华人民共和国/;

export function normaliseName(name: string): string {
  // A plan's span of years in brackets is written or left out: (2021-2025年).
  return foldForMatching(name)
    .replace(PERIOD, '')
    .replace(STATE, '')
    .replace(NOISE, '')
    .replace(/^(累计|新增)/, '')
    .replace(/(总数|数量|数)$/, '');
}

/**
 * Same after normalising, or one contains the other and is most of it. A version number is
 * never noise: 城市云脑2.0 is not 城市云脑.
 */
function close(a: string, b: string): boolean {
  if (a === b) return a.length > 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3 || short.length / long.length < 0.6 || !long.includes(short)) return false;
  return !/[0-9]/.test(long.replace(short, ''));
}

/** Whether any name of one list matches any name of the other. */
export function namesMatch(a: readonly string[], b: readonly string[]): boolean {
  const nb = b.map(normaliseName);
  return a.map(normaliseName).some((x) => nb.some((y) => close(x, y)));
}
