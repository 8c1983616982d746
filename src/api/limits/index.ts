// Request limits: depth, aliases, page size and cost, checked before execution.
export { depthLimit } from './depth-limit';
export { aliasLimit } from './alias-limit';
export { complexityPlugin, costCheck, type CostCheck } from './complexity-plugin';
export { connectionCost, listCost } from './costs';
