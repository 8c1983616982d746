import { Period, type DocumentRecord, type GraphNode, type SourceSpan } from '../../model';
import type { Lexicon } from '../lexicon';
import { alternation } from '../segment';

// Who delivers a government work report, of which genre and for which year, read from its own
// text: the opening address (现在，我代表国务院，向大会报告政府工作) names the issuer and the
// genre; a body named only by its level (我代表区政府) is the one of the place whose congress
// hears it (在海拉尔区第十四届人民代表大会第三次会议上); the year is the document's own (segment).

export interface ReportIdentity {
  document: string;
  issuer: string;
  genre: string;
  year: number;
  /** The genre itself when the report calls itself so (政府工作报告 in its title or address). */
  aliases: string[];
  /** The opening sentence that says so: the evidence for the series. */
  source: SourceSpan;
}

/** A report placed in its series, with the Plan it is. */
export interface SeriesReport extends ReportIdentity {
  plan: GraphNode;
  /** Issuer and genre: the series the report belongs to (国务院政府工作报告). */
  series: string;
}

/** A first line, short and unpunctuated, that ends in the report's genre and says more than it. */
function titleLine(text: string, genre: string): string | undefined {
  const first = text.trimStart().split('\n', 1)[0]?.trim() ?? '';
  return first.length > genre.length && first.length <= 40 && first.endsWith(genre) && !/[，。；：,;:]/.test(first) ? first : undefined;
}

/** How far into a report its opening address may stand (after a title, a dateline, a speaker line). */
const OPENING = 1500;

export interface IdentityReader {
  read(doc: DocumentRecord): ReportIdentity | undefined;
}

export function identityReader(lexicon: Lexicon): IdentityReader {
  const r = lexicon.reports;
  // 我代表<issuer>[，]向大会<…genre words…>: the issuer is short, has no punctuation, and the
  // address ends its sentence.
  const address = new RegExp(`(?:${alternation(r.speakerCues)})([^，,。；;\\s]{2,16}?)[，,]?(?:${alternation(r.audienceCues)})([^。；;]*)`);
  const congress = new RegExp(`在([^，,。；;\\s—-]{2,20}?)第[一二三四五六七八九十]+届(?:${alternation(r.congress)})`);
  const genres = Object.entries(r.genres);
  const levels = r.levels.join('');
  const relative = new RegExp(`^([${levels}])政府$`);
  const lastUnit = (level: string) => new RegExp(`([^${levels}]+${level})$`);

  const fold = (issuer: string) => Object.entries(r.issuerFolds).reduce((s, [from, to]) => s.split(from).join(to), issuer);

  return {
    read(doc) {
      const period = doc.period !== undefined ? Period.parse(doc.period) : undefined;
      if (period?.kind !== 'year') return undefined; // a report of one year, not of a half or a span
      const opening = doc.text.slice(0, OPENING);
      const m = address.exec(opening);
      if (!m) return undefined;
      const genre = genres.find(([, words]) => words.some((w) => m[2].includes(w)))?.[0];
      if (!genre) return undefined;
      let issuer = fold(m[1]);
      const level = relative.exec(issuer);
      if (level) {
        // 区政府 alone names no district: the congress it reports to does.
        const place = congress.exec(opening)?.[1];
        const unit = place && lastUnit(level[1]).exec(place)?.[1];
        if (!unit) return undefined;
        issuer = `${unit}政府`;
      }
      const start = m.index;
      const end = m.index + m[0].length;
      // 2019年杭州市西湖区政府工作报告: the title line as written names the report too (the series' name leaves the city out).
      const title = titleLine(doc.text, genre);
      return {
        document: doc.id,
        issuer,
        genre,
        year: period.year,
        // The address names the report it gives (向大会报告政府工作): the genre is the report's own name
        // too, written in its title line or not.
        aliases: title ? [genre, title] : [genre],
        source: { document: doc.id, start, end, text: doc.text.slice(start, end) },
      };
    },
  };
}
