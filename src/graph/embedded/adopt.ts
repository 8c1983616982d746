import type { GraphNode, GraphRelationship, Properties, SourceSpan } from '../../model';
import { checkNode, checkRelationship, cleanNode, cleanRelationship, type KeepSpan } from '../contract/facts';

// Facts handed over to the store (a fresh build's slices, a snapshot just parsed): the caller
// keeps no use for them, so one already in the form the store would copy it to is kept as it is.
// A copy of every fact would double the graph in memory while the build is still alive.

const NODE_KEYS = ['id', 'label', 'name', 'aliases', 'properties', 'sources'];
const REL_KEYS = ['id', 'type', 'from', 'to', 'properties', 'sources'];

const hasKeys = (x: object, keys: readonly string[]): boolean => {
  let i = 0;
  for (const k in x) if (k !== keys[i++]) return false;
  return i === keys.length;
};

const noNulls = (props: Properties): boolean => {
  for (const k in props) if (props[k] === null || props[k] === undefined) return false;
  return true;
};

/** Whether keeping every span gives the span itself: each is already held on its document. */
const allKept = (sources: SourceSpan[], keep: KeepSpan): boolean => {
  for (const s of sources) if (keep(s) !== s) return false;
  return true;
};

const plainObject = (x: object): boolean => Object.getPrototypeOf(x) === Object.prototype;

/** The node as cleanNode would store it: itself when that copy would equal it. */
export function adoptNode(n: GraphNode, keep: KeepSpan): GraphNode {
  const c = hasKeys(n, NODE_KEYS) && plainObject(n) && plainObject(n.properties) && noNulls(n.properties);
  if (c && Array.isArray(n.aliases) && Array.isArray(n.sources) && allKept(n.sources, keep)) {
    checkNode(n);
    return n;
  }
  return cleanNode(n, keep);
}

/** The relationship as cleanRelationship would store it: itself when that copy would equal it. */
export function adoptRelationship(r: GraphRelationship, keep: KeepSpan): GraphRelationship {
  const c = hasKeys(r, REL_KEYS) && plainObject(r) && plainObject(r.properties) && noNulls(r.properties);
  if (c && Array.isArray(r.sources) && allKept(r.sources, keep)) {
    checkRelationship(r);
    return r;
  }
  return cleanRelationship(r, keep);
}
