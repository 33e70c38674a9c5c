/** Placeholder, filled below. */
export const HELP_VI: Readonly<Record<string, string>> = {};
export const HELP_TITLES_VI: Readonly<Record<string, string>> & { readonly helpOption: string; readonly helpCommand: string } = {
  helpOption: 'hiển thị trợ giúp của lệnh',
  helpCommand: 'hiển thị trợ giúp của một lệnh',
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Arguments:': 'Tham số:',
  'Commands:': 'Lệnh:',
  'Global Options:': 'Tùy chọn chung:',
};
