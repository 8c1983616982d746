import type { Lexicon } from '../../../lexicon';

// The words before a number often carry the sentence's subject and time as well as the measure
// (某交易中心上半年交易额…, 某开放网累计开放数据集…). Neither the platform that is
// the subject nor the period (上半年, 年底前) is part of what is measured: the name starts after them.

const MIN_REST = 3;

/** After the last period word (上半年, 全年, 年底前 …), when enough is left to name something. */
function afterPeriod(name: string, periodWords: readonly string[]): string {
  let cut = -1;
  for (const w of periodWords) {
    const i = name.lastIndexOf(w);
    if (i >= 0 && i + w.length > cut && name.length - (i + w.length) >= MIN_REST) cut = i + w.length;
  }
  return cut > 0 ? name.slice(cut) : name;
}

/**
 * 在/依托 + a platform name + a predicate (新开放…, 累计开放…): the platform is where or who, not
 * what is counted. Only cut when what follows opens like a predicate, so 城市云脑资源总量 stays whole,
 * and names more than a bare measure noun.
 */
function afterSubject(name: string, lexicon: Lexicon): string {
  const r = lexicon.indicators.reading;
  const n = (r.locatives ?? []).reduce((s, l) => (s.startsWith(l) && s.length > l.length + MIN_REST ? s.slice(l.length) : s), name);
  const leads = [...(r.predicateLeads ?? []), ...lexicon.indicators.stripPrefixes, ...(r.periodWords ?? [])];
  for (const suffix of lexicon.platforms.suffixes) {
    for (let i = n.indexOf(suffix); i > 0; i = n.indexOf(suffix, i + 1)) {
      const rest = n.slice(i + suffix.length);
      const lead = leads.find((l) => rest.startsWith(l));
      // A bare measure (交易额) is the platform's own: 某平台交易额 keeps its platform.
      const core = lead === undefined ? '' : rest.slice(lead.length).replace(/[超约达]+$/, '');
      if (core.length > MIN_REST && !(r.measureNouns ?? []).includes(core)) return rest;
    }
  }
  // No platform subject: the 在 of 在用… is part of the name.
  return name;
}

/** The measured noun phrase without the subject platform or the period in front of it. */
export function withoutScope(name: string, lexicon: Lexicon): string {
  return afterPeriod(afterSubject(name, lexicon), lexicon.indicators.reading.periodWords ?? []);
}
