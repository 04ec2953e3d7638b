const DAY = 86_400_000;

const isWeekend = (time: number) => [0, 6].includes(new Date(time).getUTCDay());
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The working days (Monday to Friday) from `from` up to, not including, `until`; ISO dates. */
export function workingDays(from: string, until: string): string[] {
  const days: string[] = [];
  for (let time = Date.parse(from), end = Date.parse(until); time < end; time += DAY) if (!isWeekend(time)) days.push(iso(time));
  return days;
}

/** The working day `count` working days after (a negative count: before) an ISO date. */
export function shiftWorkingDays(date: string, count: number): string {
  let time = Date.parse(date);
  for (let left = Math.abs(count); left > 0; ) {
    time += Math.sign(count) * DAY;
    if (!isWeekend(time)) left--;
  }
  return iso(time);
}
