// The page every document is written on and the fonts it names: A4 with the margins of Word's
// Chinese template (2.54 cm top and bottom, 3.17 cm left and right), in twips (1/20 pt).

export const PAGE = { width: 11906, height: 16838 } as const;
export const MARGIN = { top: 1440, bottom: 1440, left: 1800, right: 1800, header: 851, footer: 992 } as const;
/** The text width: what tables share among their columns and charts fill. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** A font named in all four slots, so Word and WPS on Chinese and English systems pick the same one. */
const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
/** Every Windows install and WPS has both; they are named, never embedded. */
export const HEADING_FONT = font('黑体');
export const BODY_FONT = font('宋体');
export const HEADING_FONT_NAME = '黑体';
export const BODY_FONT_NAME = '宋体';

/** Font sizes in half-points: 小四 (12 pt) for the text, 五号 (10.5 pt) for tables and notes. */
export const SIZE = { body: 24, small: 21, tiny: 18 } as const;

export const COLOR = { text: '1F1F1F', grey: '7F7F7F', link: '1F5FA8', rule: 'A6A6A6', headerFill: 'D9E2F3', subtotalFill: 'F2F2F2', totalFill: 'E7E6E6' } as const;
