interface OpenCCBundle {
  Converter(o: { from: string; to: string }): (s: string) => string;
  Locale?: { configs?: Record<string, { normalizationChain?: unknown[][]; conversionChain?: unknown[][] } | undefined> };
}
// opencc-js ships ESM types only; its CommonJS build is loaded directly (t2cn: the small bundle).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC: OpenCCBundle = require('opencc-js/t2cn');

// Traditional → simplified Chinese (opencc-js t→cn), shared by ingest's fold and the graph's
// name and search keys. The converter walks its dictionaries character by character; most text
// is simplified already, so a text it cannot change is handed back without running it.

const convert = OpenCC.Converter({ from: 't', to: 'cn' });

/**
 * Every UTF-16 unit a rule of the converter (t→cn: its t2s dictionaries) can start with; a high
 * surrogate stands for any character beyond the BMP it opens. A text holding none of them is
 * returned unchanged by the converter, so it need not run.
 * Null when the dictionaries cannot be read: then every text is converted.
 */
const RULE_STARTS = ruleStarts();
function ruleStarts(): Uint8Array | null {
  const t2s = OpenCC.Locale?.configs?.t2s;
  const groups = [...(t2s?.normalizationChain ?? []), ...(t2s?.conversionChain ?? [])];
  if (!t2s || !groups.length) return null;
  const table = new Uint8Array(0x10000);
  for (const group of groups) {
    for (const dict of group) {
      if (typeof dict !== 'string') return null;
      for (const entry of dict.split('|')) if (entry) table[entry.charCodeAt(0)] = 1;
    }
  }
  return table;
}

/** Whether the converter could change `text` (false: it would return it as it is). */
export function mayHoldTraditional(text: string): boolean {
  if (!RULE_STARTS) return true;
  for (let i = 0; i < text.length; i++) if (RULE_STARTS[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** The text in simplified characters, as opencc-js t→cn gives it (phrase rules may change its length). */
export function toSimplified(text: string): string {
  return mayHoldTraditional(text) ? convert(text) : text;
}
