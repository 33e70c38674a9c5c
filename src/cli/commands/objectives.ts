import { shorthand } from './query.js';

export const registerObjectives = shorthand('objectives', "list the purposes, requirements and targets of a plan (MỤC ĐÍCH, YÊU CẦU / MỤC TIÊU)", ["plan objectives plan.txt --format md"]);
