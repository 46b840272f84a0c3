// A document's date as the graph keeps it: YYYY-MM-DD, or YYYY-MM / YYYY when only that much is known, and a day
// that the month has (relations take their first and last dates from it, and the API sorts them as text).

/** The accepted forms, for messages. */
export const CALENDAR_DATE_FORMS = "YYYY-MM-DD (or YYYY-MM, YYYY)";

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of the Gregorian calendar (month 1–12). */
function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether `text` is exactly a real date in one of the accepted forms: `2021-02-28` yes, `2021-02-30` and ` 2021` no. */
export function isCalendarDate(text: string): boolean {
  const match = FORM.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= daysIn(Number(year), m);
}
