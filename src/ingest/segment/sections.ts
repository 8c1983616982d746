import type { Lexicon } from '../lexicon';
import { isBoilerplate } from './document-meta';
import { domainOfHeading } from './domain';
import { containsAny } from './text';
import type { Line, Mode, Section } from './types';
import { headingYear } from './year-headings';

// The outline as nested sections. Each section knows its mode (plan / report / problems), the
// period its facts belong to and its domain; a section without its own inherits its parent's.

export interface SectionDefaults {
  mode: Mode;
  year?: number;
  period?: string;
  reportLike: boolean;
}

export function headingMode(heading: string, lexicon: Lexicon): Mode | undefined {
  const s = lexicon.sections;
  if (containsAny(heading, s.problems)) return 'problems';
  if (containsAny(heading, s.plan)) return 'plan';
  if (containsAny(heading, s.report)) return 'report';
  // 实施…工程 names an engineering project: what follows are its tasks, even inside a report.
  if (/^(实施|推进).{2,24}工程$/.test(heading)) return 'plan';
  return undefined;
}

/**
 * A plan section inside a report looks ahead: the second half-year, or the next year — the year its
 * heading names (三、2014年重点工作), else the year after the one its review heading names (一、2018年工作
 * 回顾 … 三、重点工作 in a report delivered in January 2019 plans 2019), else the year after the report's own.
 */
function forwardPeriod(heading: string, d: SectionDefaults, lexicon: Lexicon, reviewed?: number): { year?: number; period?: string } {
  if (d.year === undefined) return {};
  const half = d.period?.endsWith('H1') || containsAny(heading, lexicon.sections.nextHalf);
  if (half) return { year: d.year, period: `${d.year}H2` };
  const next = headingYear(heading) ?? (reviewed !== undefined && reviewed < d.year ? reviewed + 1 : d.year + 1);
  return { year: next, period: String(next) };
}

/** The last year a review heading names (一、“十三五”时期和2020年工作回顾 → 2020). */
function reviewedYear(heading: string, lexicon: Lexicon): number | undefined {
  if (!containsAny(heading, lexicon.reports.reviewHeadings)) return undefined;
  const years = [...heading.matchAll(/(20\d{2})\s*年/g)];
  return years.length ? Number(years[years.length - 1][1]) : undefined;
}

export function readSections(folded: string, lines: Line[], bodyStart: number, d: SectionDefaults, lexicon: Lexicon): Section[] {
  const sections: Section[] = [];
  const stack: Section[] = [];
  let reviewed: number | undefined;
  for (const line of lines) {
    if (!line.heading || line.start < bodyStart) continue;
    const headingText = folded.slice(line.heading.start, line.heading.end);
    if (isBoilerplate(headingText, lexicon)) continue;
    reviewed = reviewedYear(headingText, lexicon) ?? reviewed;
    while (stack.length && stack[stack.length - 1].rank >= line.rank) stack.pop();
    const parent = stack[stack.length - 1];
    const own = headingMode(headingText, lexicon);
    const section: Section = {
      index: sections.length,
      parent: parent ? parent.index : -1,
      rank: line.rank,
      start: line.start,
      end: folded.length,
      heading: line.heading,
      headingText,
      mode: own ?? parent?.mode ?? d.mode,
      year: parent ? parent.year : d.year,
      period: parent ? parent.period : d.period,
      domain: domainOfHeading(headingText, lexicon) ?? parent?.domain,
    };
    if (own === 'plan' && d.reportLike && !/工程$/.test(headingText))
      Object.assign(section, forwardPeriod(headingText, d, lexicon, reviewed));
    sections.push(section);
    stack.push(section);
  }
  // A section ends where the next heading of the same or a higher rank starts.
  for (let i = 0; i < sections.length; i++) {
    const next = sections.slice(i + 1).find((s) => s.rank <= sections[i].rank);
    if (next) sections[i].end = next.start;
  }
  return sections;
}

/** The innermost section holding an offset, or -1 (text before the first heading). */
export function sectionAt(sections: readonly Section[], offset: number): number {
  let found = -1;
  for (const s of sections) {
    if (s.start > offset) break;
    if (offset < s.end) found = s.index;
  }
  return found;
}
