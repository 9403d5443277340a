// The shape of the translation files and the pure translator the back end and the CLI use.
// The renderer runs i18next over the same files; test/unit/i18n checks both give the same text.

/** Replaces each text of a language file's type with `string`: the shape another language must have. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & (string | number)]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & (string | number)];
type WithoutPlural<K> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;

/** Every key of a tree as `t()` takes it: dotted, plural forms under their base (`calendar.moved`). */
export type KeysOf<T> = WithoutPlural<Leaves<T>>;

export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

/** `{{name}}` values; `count` also picks the plural form. */
export type MessageParams = Readonly<Record<string, unknown>>;

function lookup(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** The text of `key`, with a numeric `count` its plural form first, as i18next picks it; undefined when there is none. */
export function findMessage(tree: MessageTree, locale: string, key: string, count?: unknown): string | undefined {
  if (typeof count === 'number') {
    const plural = lookup(tree, `${key}_${new Intl.PluralRules(locale).select(count)}`);
    if (plural !== undefined) return plural;
  }
  return lookup(tree, key);
}

/** `{{name}}` → params.name; a placeholder without a value stays as written (so does i18next's). */
export function interpolate(text: string, params: MessageParams = {}): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) => (params[name] === undefined ? placeholder : String(params[name])));
}
