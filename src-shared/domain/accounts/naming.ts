import { z } from 'zod';

// DOMAIN.md: a group's accounts should follow one naming template ("<brand>·<city><business>")
// so followers can tell them from fakes. The workspace sets the template; each account is checked.

export const NamingStatus = z.enum(['follows', 'differs', 'incomplete', 'noTemplate']);
export type NamingStatus = z.infer<typeof NamingStatus>;

export const NamingCheck = z.object({
  status: NamingStatus,
  /** The name the template gives for this account, when it can be computed. */
  expected: z.string().optional(),
  /** Placeholders the account or workspace lacks a value for. */
  missing: z.array(z.string()).optional(),
});
export type NamingCheck = z.infer<typeof NamingCheck>;

export interface NamingValues {
  brand: string;
  shortName: string;
  city: string;
  businessLine: string;
}

/** Placeholders in Chinese and English, each mapped to the value it stands for. */
const PLACEHOLDERS: Record<string, keyof NamingValues> = {
  品牌: 'brand',
  brand: 'brand',
  简称: 'shortName',
  short: 'shortName',
  城市: 'city',
  city: 'city',
  业态: 'businessLine',
  business: 'businessLine',
};

/** Placeholders in a template that OpsBench does not know, e.g. `{地区}`. */
export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '').filter((name) => !(name in PLACEHOLDERS));
}

/** Fills the template; placeholders without a value are reported as missing. */
export function expandTemplate(template: string, values: NamingValues): { text: string; missing: string[] } {
  const missing: string[] = [];
  const text = template.replace(/\{([^{}]*)\}/g, (whole, name: string) => {
    const key = PLACEHOLDERS[name];
    if (!key) return whole;
    const value = values[key].trim();
    if (!value) missing.push(name);
    return value;
  });
  return { text, missing };
}

/** Normalizes the separators operators type in different ways (·, •, ・, ., spaces). */
function normalizeName(name: string): string {
  return name
    .replace(/[\s]/g, '')
    .replace(/[•・·.‧]/g, '·')
    .toLowerCase();
}

export function checkAccountName(accountName: string, template: string, values: NamingValues): NamingCheck {
  if (!template.trim()) return { status: 'noTemplate' };
  const { text, missing } = expandTemplate(template, values);
  if (missing.length > 0) return { status: 'incomplete', missing };
  const status = normalizeName(accountName) === normalizeName(text) ? 'follows' : 'differs';
  return { status, expected: text };
}
