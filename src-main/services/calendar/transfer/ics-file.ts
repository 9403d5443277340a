// iCalendar (RFC 5545), written by hand: a few dozen lines do not need a dependency. Times are
// China Standard Time, which has had no daylight saving since 1991, so one VTIMEZONE with a
// single STANDARD rule describes it.

import { addDays } from '../../../../src-shared/domain/dates';

export const ICS_TIMEZONE = 'Asia/Shanghai';
const TIMED_EVENT_MINUTES = 30;

export interface IcsEvent {
  uid: string;
  /** 'YYYY-MM-DD' */
  date: string;
  /** '' (an all-day event) or 'HH:mm' in China Standard Time. */
  time: string;
  summary: string;
  description: string;
  /** When the event was last changed (ISO-8601 UTC), written as DTSTAMP. */
  stamp: string;
  cancelled: boolean;
}

const VTIMEZONE = ['BEGIN:VTIMEZONE', `TZID:${ICS_TIMEZONE}`, 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'TZNAME:CST', 'END:STANDARD', 'END:VTIMEZONE'];

/** TEXT escaping: backslash, semicolon, comma and line breaks; other control characters are not allowed in TEXT. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,]/g, (ch) => `\\${ch}`)
      .replace(/\n/g, '\\n')
  );
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets (a continuation starts with a space), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first part holds 75 octets; each continuation holds 74 after its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (date: string) => date.replaceAll('-', '');

/** A local date-time 'YYYYMMDDTHHMMSS' some minutes after a date and 'HH:mm' (carrying past midnight). */
function localTime(date: string, time: string, plusMinutes = 0): string {
  const d = new Date(`${date}T${time}:00Z`);
  d.setUTCMinutes(d.getUTCMinutes() + plusMinutes);
  return d.toISOString().slice(0, 19).replace(/[-:]/g, '');
}

const utcStamp = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function eventLines(event: IcsEvent): string[] {
  const when = event.time
    ? [`DTSTART;TZID=${ICS_TIMEZONE}:${localTime(event.date, event.time)}`, `DTEND;TZID=${ICS_TIMEZONE}:${localTime(event.date, event.time, TIMED_EVENT_MINUTES)}`]
    : [`DTSTART;VALUE=DATE:${compact(event.date)}`, `DTEND;VALUE=DATE:${compact(addDays(event.date, 1))}`];
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    ...when,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.cancelled ? ['STATUS:CANCELLED'] : []),
    // A plan, not a meeting: the events do not mark the operator busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** A VCALENDAR with one VEVENT per event, CRLF line endings and folded lines. */
export function buildIcs(calendarName: string, events: readonly IcsEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//OpsBench//OpsBench Content Calendar//ZH',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
    `X-WR-TIMEZONE:${ICS_TIMEZONE}`,
    ...VTIMEZONE,
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
