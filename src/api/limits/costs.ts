import type { ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../conventions/options';

// Field cost estimates for graphql-query-complexity (read through type-graphql's field
// extensions): a connection costs `first` (or `last`) × its children; a relationship list costs the number
// of items such a list typically holds in these documents × its children.

export const connectionCost: ComplexityEstimator = ({ args, childComplexity }) =>
  1 + Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE) * Math.max(1, childComplexity);

export const listCost =
  (expected: number): ComplexityEstimator =>
  ({ childComplexity }) =>
    1 + expected * Math.max(1, childComplexity);

/** Typical list sizes, from how plans are written: a handful of projects, dozens of tasks. */
export const FEW = 3;
export const SOME = 8;
export const MANY = 20;
