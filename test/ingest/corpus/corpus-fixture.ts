import { join } from 'node:path';

// The real corpus documents of the gold, copied as published (GBK and HTML kept), and their hand-read gold.

export const CORPUS_DIR = join(__dirname, '../../fixtures/corpus');
export const CORPUS_GOLD_DIR = join(__dirname, '../../gold/corpus');

/** The fixed split: tune on these (the first 20, then new documents read later) … */
export const TUNE = [
  '009',
  '010',
  '013',
  '014',
  '017',
  '018',
  '063',
  '023',
  '046',
  '059',
  '068',
  '041',
  '038',
  '052',
  '054',
  '024',
  '037',
  '035',
  '026',
  '029',
  '057',
  '070',
  '036',
  '058',
  '008',
  '050',
  '060',
  '007',
  '031',
  '064',
  '019',
  '073',
  '077',
  '066',
  '075',
  '061',
  '047',
  '003',
  '048',
  '006',
  '016',
  '002',
  '012',
  '028',
  '043',
  '039',
  '051',
  '044',
  '033',
  '005',
  '040',
  '067',
];
/** … score these 10, never tune on them. */
export const HOLDOUT = ['011', '015', '065', '034', '045', '076', '053', '055', '049', '042'];
