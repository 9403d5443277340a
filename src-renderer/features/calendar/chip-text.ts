// What a chip says: the title without the column's name again.

/** What may stand between a column's name and the rest of a title: 「新店速递｜…」, 「会员福利：…」, 「早安 …」. */
const AFTER_COLUMN = /^[\s｜|:：·•\-—–、/]+/;

/**
 * The title a chip shows: without a leading column name (placeholders read 「头条｜待定」, demo and
 * imported titles 「新店速递｜城市首店入驻」), as the chip shows the column apart. A title that is
 * only the column's name stays whole.
 */
export function shownTitle(title: string, columnName: string | undefined): string {
  if (!columnName || !title.startsWith(columnName)) return title;
  const rest = title.slice(columnName.length);
  if (rest && !AFTER_COLUMN.test(rest)) return title; // 「早安杭州」 is not 「早安」 + 「杭州」
  return rest.replace(AFTER_COLUMN, '') || title;
}
