import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** Plain names for zod's type names and for the kind of value a user sent. */
const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number';
  return TYPE_NAMES[typeof value] ?? typeof value;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** zod's own wording ("Invalid input: expected string, received undefined"); a schema's message is kept. */
const isZodWording = (message: string) => /^(Invalid|Too (big|small)|Expected|Unrecognized)/.test(message);

function what(issue: Issue, value: unknown): string {
  if (!isZodWording(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? 'is missing'
        : `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${kindOf(value)}`;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? 'is empty' : `needs at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `needs at least ${issue.minimum} items`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `is longer than ${issue.maximum} characters`;
      if (issue.origin === 'array') return `has more than ${issue.maximum} items`;
      return `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return `is not a valid ${issue.format}`;
    case 'unrecognized_keys':
      return `has unknown fields ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
    case 'invalid_union': {
      if (value === undefined) return 'is missing';
      // the alternative meant for this kind of value says best what is wrong with it
      const fits = issue.errors.find((alt) => alt[0] && alt[0].code !== 'invalid_type');
      if (fits?.[0]) return what(fits[0], value);
      const expected = issue.errors.flatMap((alt) =>
        alt[0]?.code === 'invalid_type' ? [alt[0].expected] : [],
      );
      return `must be ${expected.map((t) => TYPE_NAMES[t] ?? t).join(' or ')}, not ${kindOf(value)}`;
    }
    default:
      return 'is not valid';
  }
}

/**
 * One rejection in plain words, naming the field: "field `createdAt` is missing", "field `shares` must be
 * a whole number, not a number". Several missing fields are named together (a CSV with the wrong header).
 */
export function describeIssues(issues: readonly Issue[], input: unknown): { reason: string; path?: string } {
  const first = issues[0];
  if (!first) return { reason: 'is not valid' };
  const path = first.path.map(String).join('.');
  if (!path) return { reason: `each post must be an object, not ${kindOf(input)}` };
  const missing = issues.filter(
    (i) => i.path.length > 0 && valueAt(input, i.path) === undefined && isZodWording(i.message),
  );
  if (missing.length > 1) {
    const names = missing.map((i) => `\`${i.path.map(String).join('.')}\``);
    return { reason: `fields ${names.slice(0, -1).join(', ')} and ${names.at(-1)} are missing`, path };
  }
  return { reason: `field \`${path}\` ${what(first, valueAt(input, first.path))}`, path };
}
