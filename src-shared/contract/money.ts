import { z } from 'zod';
import { MAX_FEN, MAX_HOURLY_FEN } from '../domain/money/money';

/** An amount in fen (分): an integer, never a float; the UI reads typed text with parseMoney. */
export const Fen = z.number('validation.number').int('validation.money.fen').min(-MAX_FEN, 'validation.money.tooLarge').max(MAX_FEN, 'validation.money.tooLarge');
export const NonNegativeFen = Fen.refine((v) => v >= 0, 'validation.nonNegative');
/** What an hour of a member's time costs (fen), at most ¥10 万. */
export const HourlyFen = NonNegativeFen.refine((v) => v <= MAX_HOURLY_FEN, 'validation.money.tooLarge');
