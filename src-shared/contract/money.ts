import { z } from 'zod';
import { MAX_FEN } from '../domain/money/money';

/** An amount in fen (分): an integer, never a float; the UI reads typed text with parseMoney. */
export const Fen = z.number('validation.number').int('validation.money.fen').min(-MAX_FEN, 'validation.money.tooLarge').max(MAX_FEN, 'validation.money.tooLarge');
export const NonNegativeFen = Fen.refine((v) => v >= 0, 'validation.nonNegative');
