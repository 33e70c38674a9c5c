import { shorthand } from './query.js';

export const registerUnits = shorthand('units', "list a plan's units; with --unit, everything the plan asks of that unit", ["plan units plan.txt", "plan units plan.txt --unit \"Sở Tài chính\""]);
