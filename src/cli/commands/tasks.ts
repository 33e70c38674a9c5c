import { shorthand } from './query.js';

export const registerTasks = shorthand('tasks', "list a plan's tasks, filtered by unit, role, group, period or text", ["plan tasks plan.txt --unit \"Sở Giáo dục\"", "plan tasks plan.txt --unit \"Sở TT&TT\" --role lead --format csv --out tasks.csv", "plan tasks plans/*.txt --in 2020 --grep \"hội thảo\""]);
