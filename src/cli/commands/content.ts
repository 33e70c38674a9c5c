import { shorthand } from './query.js';

export const registerContent = shorthand('content', "list the content areas of a plan (NỘI DUNG / NHIỆM VỤ VÀ GIẢI PHÁP)", ["plan content plan.txt --grep \"báo chí\""]);
