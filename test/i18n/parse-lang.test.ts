import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../setup/cli.js';
import { fileTempDir } from '../setup/temp.js';

// A plan written for this test: the number of item II.2 was left at the end of item II.1's line
// ("… Kế hoạch. 2."), so the reader moves it to the line below and says so (repair-item-number).
const PLAN = [
  'Số: 15/KH-UBND',
  '',
  'Hà Tĩnh, ngày 10 tháng 3 năm 2020',
  '',
  'KẾ HOẠCH',
  'Phòng, chống dịch bệnh năm 2020',
  '',
  'I. MỤC TIÊU',
  '',
  'Bảo đảm sức khỏe Nhân dân.',
  '',
  'II. TỔ CHỨC THỰC HIỆN',
  '',
  '1. Sở Y tế: chủ trì, theo dõi thực hiện Kế hoạch. 2.',
  'Sở Tài chính: bố trí kinh phí.',
  '',
  'TM. ỦY BAN NHÂN DÂN',
  'CHỦ TỊCH',
  '',
  'Nguyễn Văn A',
  '',
].join('\n');

describe('the reader\'s repairs in the run\'s language', () => {
  const file = join(fileTempDir('parse-lang'), 'plan.txt');
  writeFileSync(file, PLAN);
  const NO_LANG = { env: { PLAN_LANG: '', COLUMNS: '400' } };

  it('says in Vietnamese by default, and in English on request, that the item number was moved to the line below', async () => {
    const vi = await runCli(['validate', file, '--rule', 'repair-item-number=warning'], NO_LANG);
    expect(vi.stdout).toContain('số thứ tự "2." ở cuối dòng đã được đọc là số thứ tự của dòng dưới');
    expect(vi.stdout).not.toContain('at the end of a line');
    const en = await runCli(['validate', file, '--rule', 'repair-item-number=warning', '--lang', 'en'], NO_LANG);
    expect(en.stdout).toContain('the item number "2." at the end of a line was read as the number of the line below');
    expect(en.stdout).not.toContain('số thứ tự');
  });

  it('gives the repair\'s message id and the number as written in --format json, whatever the language', async () => {
    for (const lang of ['vi', 'en']) {
      const [report] = JSON.parse((await runCli(['validate', file, '--format', 'json', '--rule', 'repair-item-number=warning', '--lang', lang], NO_LANG)).stdout) as { diagnostics: { ruleId: string; messageId?: string; params?: Record<string, unknown> }[] }[];
      const repair = report?.diagnostics.find((d) => d.ruleId === 'repair-item-number');
      expect(repair).toMatchObject({ messageId: 'parse.itemNumber', params: { number: '2.' } });
    }
  });
});

describe('a file the readers refuse, in the run\'s language', () => {
  const file = join(fileTempDir('reader-lang'), 'damaged.docx');
  // A ZIP signature with nothing after it that a ZIP archive needs: no central directory.
  writeFileSync(file, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(40, 0x61)]));

  it('says the .docx is damaged in Vietnamese by default and in English on request', async () => {
    const vi = await runCli(['show', file], { env: { PLAN_LANG: '' } });
    expect([vi.code, vi.stderr]).toEqual([2, `plan: ${file}: tệp có phần đầu của tệp nén ZIP nhưng không có thư mục trung tâm (bị cắt cụt hoặc bị hỏng)\n`]);
    const en = await runCli(['show', file], { env: { PLAN_LANG: 'en' } });
    expect([en.code, en.stderr]).toEqual([2, `plan: ${file}: the file starts like a ZIP archive but has no central directory (truncated or damaged)\n`]);
  });
});
