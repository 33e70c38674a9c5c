export { diffPlans } from './plan-diff.js';
export type * from './types.js';
