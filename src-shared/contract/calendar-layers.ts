import { z } from 'zod';
import { defineDomain, method } from './define';
import { daysInclusive } from '../domain/dates';

/** The longest range one call covers: a year view plus its edges. */
export const CALENDAR_LAYERS_MAX_DAYS = 400;

const IsoDate = z.iso.date('validation.invalid');

export const CalendarLayersRange = z
  .object({ from: IsoDate, to: IsoDate })
  .refine((r) => r.from <= r.to, { message: 'validation.rangeOrder', path: ['to'] })
  .refine((r) => daysInclusive(r.from, r.to) <= CALENDAR_LAYERS_MAX_DAYS, {
    message: 'validation.rangeTooLong',
    path: ['to'],
    params: { max: CALENDAR_LAYERS_MAX_DAYS },
  });
export type CalendarLayersRange = z.infer<typeof CalendarLayersRange>;

/**
 * The layers of China's calendar the operator can toggle: statutory holidays, adjusted working
 * days (调休, shown as 班), the 24 solar terms, lunar festivals and marketing days.
 */
export const CalendarLayerKind = z.enum(['holiday', 'workday', 'solarTerm', 'lunarFestival', 'marketing']);
export type CalendarLayerKind = z.infer<typeof CalendarLayerKind>;

export const CalendarLayerDay = z.object({
  /** 'YYYY-MM-DD' */
  date: z.string(),
  kind: CalendarLayerKind,
  /** Chinese name, e.g. 国庆节, 国庆节调休上班, 寒露, 中秋节, 双11. */
  name: z.string(),
  nameEn: z.string(),
  /** A 休 computed from the statutory holidays because the year's official schedule is not known (预计). */
  estimated: z.boolean().optional(),
});
export type CalendarLayerDay = z.infer<typeof CalendarLayerDay>;

/** Where a year's 休/班 come from: the workspace's own schedule, the bundled official data, or the statutory estimate. */
export const HolidaySource = z.enum(['entered', 'imported', 'builtin', 'estimated']);
export type HolidaySource = z.infer<typeof HolidaySource>;

export const HolidaySourceOfYear = z.object({ year: z.number().int(), source: HolidaySource });
export type HolidaySourceOfYear = z.infer<typeof HolidaySourceOfYear>;

export const calendarLayersContract = defineDomain('calendarLayers', {
  list: method(
    "Lists China's calendar layers (holidays, 调休 workdays, solar terms, lunar festivals, marketing days) in a range of at most 400 days, and each year's holiday source.",
    CalendarLayersRange,
    z.object({ days: z.array(CalendarLayerDay), sources: z.array(HolidaySourceOfYear) }),
  ),
});
