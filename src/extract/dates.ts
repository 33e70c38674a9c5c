/**
 * Dates as Vietnamese documents write them. STUB: replaced by the dates module.
 */

/** "16 tháng 12 năm 2019", "10/12/2020", "26/6/2019", "ngày 01 tháng 12 năm 2025" → ISO date, or null. */
export function parseVietnameseDate(text: string): string | null {
  let m = /(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/i.exec(text);
  if (!m) m = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/.exec(text);
  if (!m) return null;
  return iso(Number(m[3]), Number(m[2]), Number(m[1]));
}

export function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
