import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../src/extract/deadline.js';

describe('findDeadline', () => {
  it('finds a dated deadline in a reporting sentence (446/KH-UBND, mục IV)', () => {
    const text = 'Yêu cầu các cơ quan, đơn vị liên quan triển khai thực hiện nghiêm túc Kế hoạch này, '
      + 'báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 10/12/2020 (qua Sở Thông tin và Truyền thông).';
    const d = findDeadline(text);
    expect(d).toEqual({ date: '2020-12-10', recurring: false, day: null, month: null, text: 'trước ngày 10/12/2020', index: text.indexOf('trước ngày') });
  });
  it('a yearly deadline has no date and is recurring', () => {
    const text = 'báo cáo Ủy ban nhân dân tỉnh trước ngày 30 tháng 11 hằng năm.';
    expect(findDeadline(text)).toEqual({
      date: null, recurring: true, day: 30, month: 11, text: 'trước ngày 30 tháng 11 hằng năm', index: text.indexOf('trước'),
    });
  });
  it('a recurrence without a deadline', () => {
    expect(findDeadline('định kỳ 6 tháng, hằng năm')).toEqual({
      date: null, recurring: true, day: null, month: null, text: 'định kỳ 6 tháng, hằng năm', index: 0,
    });
    expect(findDeadline('Định kỳ 6 tháng, hàng năm, giữa nhiệm kỳ, Sở Công Thương tổ chức sơ kết'))
      .toMatchObject({ date: null, recurring: true, text: 'Định kỳ 6 tháng, hàng năm', index: 0 });
  });
  it('several days sharing one recurrence (09-dongthap)', () => {
    const text = 'định kỳ trước\nngày 01/6 và 15/11 hằng năm (hoặc đột xuất khi có yêu cầu) báo cáo kết quả';
    expect(findDeadline(text)).toEqual({
      date: null, recurring: true, day: 1, month: 6, text: 'trước\nngày 01/6 và 15/11 hằng năm', index: 8,
    });
  });
  it('a day of every month (02-laocai)', () => {
    expect(findDeadline('báo cáo tình hình thực hiện về Phòng Kế hoạch - Tổng hợp trước ngày 18 hằng tháng, đảm bảo'))
      .toMatchObject({ date: null, recurring: true, day: 18, month: null, text: 'trước ngày 18 hằng tháng' });
  });
  it('other limit words and a date written out', () => {
    expect(findDeadline('Trước 31/8/2025 gửi Sở Nội vụ')).toMatchObject({ date: '2025-08-31', recurring: false, index: 0 });
    expect(findDeadline('gửi báo cáo chậm nhất ngày 15 tháng 12 năm 2025'))
      .toMatchObject({ date: '2025-12-15', text: 'chậm nhất ngày 15 tháng 12 năm 2025' });
  });
  it('a blank date in a draft is a deadline with a null date', () => {
    expect(findDeadline('gửi báo cáo chậm nhất ngày … để tổng hợp')).toEqual({
      date: null, recurring: false, day: null, month: null, text: 'chậm nhất ngày …', index: 12,
    });
  });
  it('"trước" without a date is not a deadline', () => {
    expect(findDeadline('Trước mắt, tập trung rà soát trước khi triển khai')).toBeNull();
    expect(findDeadline('Không có thời hạn')).toBeNull();
    expect(findDeadline('')).toBeNull();
  });
  it('skips an earlier "trước" that sets no date', () => {
    const text = 'trước khi tổng kết, báo cáo trước ngày 05/01/2026';
    expect(findDeadline(text)).toMatchObject({ date: '2026-01-05', index: text.indexOf('trước ngày') });
  });
  it('an invalid date gives a null date', () => {
    expect(findDeadline('báo cáo trước ngày 31/02/2026')).toMatchObject({ date: null, text: 'trước ngày 31/02/2026' });
  });
  it('a yearly deadline gives its day and month (issue 20): "trước ngày 10/12 hằng năm"', () => {
    const text = 'các đơn vị báo cáo kết quả trước ngày 10/12 hằng năm để tổng hợp';
    expect(findDeadline(text)).toEqual({ date: null, recurring: true, day: 10, month: 12, text: 'trước ngày 10/12 hằng năm', index: text.indexOf('trước') });
  });
  it('the recurrence may come first: "định kỳ hằng năm, trước ngày 10 tháng 12"', () => {
    expect(findDeadline('định kỳ hằng năm, trước ngày 10 tháng 12 báo cáo Ủy ban nhân dân tỉnh')).toEqual({
      date: null, recurring: true, day: 10, month: 12, text: 'trước ngày 10 tháng 12', index: 18,
    });
  });
  it('a day without a year that no month has gives no day and month', () => {
    expect(findDeadline('báo cáo trước ngày 31/4 hằng năm')).toMatchObject({ date: null, recurring: true, day: null, month: null });
    expect(findDeadline('báo cáo trước ngày 29/2 hằng năm')).toMatchObject({ day: 29, month: 2 });
  });
  it('a year written gives the date and no separate day and month', () => {
    expect(findDeadline('định kỳ hằng năm, trước ngày 10/12/2025')).toMatchObject({ date: '2025-12-10', recurring: true, day: null, month: null });
  });
});
