import { Period } from '../../model';
import type { DocumentTime, Role } from './types';

// A heading that names a year already over when the document speaks, with no word of review or commitment
// (一、2021年国有资产总体情况 in a report delivered in 2022): its section reports that year. Not a date (2019年
// 3月15日印发), a span (2021—2025年), nor a start (2012年以来).

const HEADING_YEAR = /(20\d{2})\s*年(?!\s*(?:\d{1,2}\s*月|[-–—~～至到]\s*20\d{2}|以来|起|开始))/;

/** The first year a heading names as a year (三、2014年重点工作), not a date, a span or a start. */
function yearNamed(text: string): RegExpExecArray | undefined {
  const m = HEADING_YEAR.exec(text);
  // 2021—2025年 written with its first year bare (2021-2025年).
  return m && !/^\s*[-–—~～至到]\s*20\d{2}/.test(text.slice(m.index + 4)) ? m : undefined;
}

/** The year a heading names, if any (see `yearNamed`). */
export function headingYear(text: string): number | undefined {
  const m = yearNamed(text);
  return m ? Number(m[1]) : undefined;
}

export function pastYearHeading(text: string, start: number, time: DocumentTime): Role | undefined {
  const now = time.spokenIn ?? time.year;
  const m = now === undefined ? undefined : yearNamed(text);
  if (!m || Number(m[1]) >= now!) return undefined;
  return {
    kind: 'ACTUAL',
    by: 'section',
    cue: { start: start + m.index, end: start + m.index + m[0].length },
    period: Period.year(Number(m[1])),
  };
}
