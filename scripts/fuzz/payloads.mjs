// Hostile values. Each is [name, value, options]; `name` identifies the input class in findings.
// RawJson is JSON text sent verbatim (numbers JSON.stringify cannot write: 1E+999999999, NaN, -0 …).

export class RawJson {
  constructor(text) { this.text = text; }
}
export const raw = (text) => new RawJson(text);

// JSON.stringify that writes RawJson verbatim.
export function toJson(value) {
  if (value instanceof RawJson) return value.text;
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  return `{${Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`).join(',')}}`;
}

const D400 = '9'.repeat(400);
export const deepArray = (n) => raw('['.repeat(n) + ']'.repeat(n));
export const deepObject = (n) => raw('{"a":'.repeat(n) + '1' + '}'.repeat(n));

// Heavy inputs: at most one of these is in flight at a time, so a hang is attributed to its cause.
export const DANGER = new Set([
  'str-exp-huge', 'num-exp-huge', 'num-exp-huge-neg', 'str-exp-huge-neg', 'str-400-digits', 'num-400-digits',
  'num-400-digit-fraction', 'str-400-digit-fraction', 'deep-array-5000', 'deep-object-5000', 'str-long-1m', 'arr-20001',
  'tv-exp-huge', 'tv-400-digits', 'tv-operators-10k', 'tv-long-digits-100k', 'str-exp-huge-wan', 'many-unknown-properties',
  'body-deep-array-5000', 'body-deep-object-5000', 'body-deep-array-100000', 'body-3mb', 'body-11mb', 'str-exp-tiny',
]);

// Numbers and number-like strings, for integer, number and money fields.
export const NUMBERS = [
  ['str-exp-huge', '1E+100000000'],
  ['num-exp-huge', raw('1E+999999999')],
  ['str-exp-huge-neg', '-1E+100000000'],
  ['num-exp-huge-neg', raw('-1E+999999999')],
  ['str-exp-tiny', '1E-100000000'],
  ['num-neg-zero', raw('-0')],
  ['str-neg-zero', '-0'],
  ['str-neg-zero-money', '-0.00'],
  ['num-underflow', raw('1e-400')],
  ['str-underflow', '1e-400'],
  ['num-400-digits', raw(D400)],
  ['str-400-digits', D400],
  ['num-400-digit-fraction', raw(`0.${'1'.repeat(400)}`)],
  ['str-400-digit-fraction', `1.${'1'.repeat(400)}`],
  ['num-NaN', raw('NaN')],
  ['str-NaN', 'NaN'],
  ['num-Infinity', raw('Infinity')],
  ['num-neg-Infinity', raw('-Infinity')],
  ['str-Infinity', 'Infinity'],
  ['num-negative', -1],
  ['num-int-overflow', 2147483648],
  ['num-long-overflow', raw('9223372036854775808')],
  ['num-fraction', 1.5],
  ['num-exp-small', raw('1e3')],
  ['num-leading-zeros', raw('0007')],
  ['num-hex', raw('0x10')],
  ['str-plus', '+2024'],
  ['str-space', ' 2024'],
  ['str-fullwidth', '２０２４'],
  ['str-arabic-indic', '٢٠٢٤'],
  ['str-hex', '0x10'],
  ['str-thousands', '1,000.00'],
  ['str-exp', '1E+2'],
  ['str-trailing-nul', '12\u0000'],
];

// Extra money strings (decimal strings in 元 / 万元).
export const MONEY = [
  ['money-sub-fen', '0.001'],
  ['money-negative', '-1.00'],
  ['money-trailing-dot', '1.'],
  ['money-leading-dot', '.5'],
  ['money-17-digits', '12345678901234567.00'],
  ['money-fullwidth', '１２.００'],
  ['money-padded', ' 1.00 '],
  ['money-underscore', '1_000'],
  ['money-exp-fraction', '1.5E+1'],
  ['str-exp-huge-wan', '1E+100000000', { amountUnit: 'WAN_YUAN' }],
];

export const WRONG_TYPES = [
  ['type-true', true],
  ['type-null', null],
  ['type-empty-array', []],
  ['type-object', {}],
  ['type-empty-string', ''],
  ['type-number', 12345],
  ['type-array-of-null', [null]],
  ['type-nested-object', { a: { b: [1, 'x'] } }],
];

export const STRINGS = [
  ['str-nul', 'a\u0000b'],
  ['str-nul-only', '\u0000'],
  ['str-escaped-nul', raw('"x\\u0000y"')],
  ['str-control', 'a\u0001\u0007\u001b[31m\u007f\b\fz'],
  ['str-crlf', 'x\r\nX-Injected: 1\r\n\r\n'],
  ['str-rtl', '\u202Eabc\u202Dxyz\u200F\u200E'],
  ['str-zero-width', '\u200B\uFEFF\u2060'],
  ['str-lone-surrogate', raw('"\\ud800x"')],
  ['str-lone-low-surrogate', raw('"\\udc00"')],
  ['str-emoji', '😀👨‍👩‍👧‍👦🇨🇳𠀀'],
  ['str-fullwidth-digits', '１２３４５'],
  ['str-combining', 'e\u0301\u0301\u0301\u0301'],
  ['str-whitespace-only', ' \t\u3000\u00a0\n'],
  ['str-long-10k', 'A'.repeat(10000)],
  ['str-long-200k-cjk', '侨'.repeat(200000)],
  ['str-long-1m', 'x'.repeat(1000000)],
  ['str-html', '<script>alert(1)</script><img src=x onerror=alert(1)><p style="x">p</p>'],
  ['str-sql', "' OR '1'='1'; DROP TABLE budget;--"],
  ['str-format', '%s%s%n%x{0}${7*7}#{7*7}'],
  ['str-jndi', '${jndi:ldap://127.0.0.1:1/a}'],
  ['str-path', '..\\..\\..//etc/passwd'],
  ['str-percent', '%00%ZZ%'],
  ['str-noncharacters', '\uFFFF\uFFFE\uFDD0'],
  ['str-formula', '=HYPERLINK("http://x.example","y")'],
  ['str-deep-json', '['.repeat(5000)],
];

// Target values (指标值) and other text the service parses.
export const TARGET_VALUES = [
  ['tv-exp-huge', '≥1E+100000000篇'],
  ['tv-400-digits', `≥${D400}%`],
  ['tv-neg-zero', '≤-0个'],
  ['tv-NaN', '≥NaN%'],
  ['tv-Infinity', '≥Infinity篇'],
  ['tv-underflow', '≥1e-400'],
  ['tv-fullwidth', '≥１２３篇'],
  ['tv-arabic', '≥٣٠٠篇'],
  ['tv-malformed', '%≥95%'],
  ['tv-operators-10k', '≥'.repeat(10000)],
  ['tv-long-digits-100k', `≥${'1'.repeat(100000)}`],
  ['tv-nul', '≥30\u00000篇'],
  ['tv-many-numbers', '≥1.2.3.4.5%'],
];

export const UUIDS = [
  ['uuid-not', 'not-a-uuid'],
  ['uuid-nil', '00000000-0000-0000-0000-000000000000'],
  ['uuid-of-nothing', 'c0ffee00-dead-4bee-8f00-000000000001'],
  ['uuid-max', 'ffffffff-ffff-ffff-ffff-ffffffffffff'],
  ['uuid-braces', '{c0ffee00-dead-4bee-8f00-000000000001}'],
  ['uuid-no-dashes', 'c0ffee00dead4bee8f00000000000001'],
  ['uuid-fullwidth', 'ｃ０ｆｆｅｅ００-dead-4bee-8f00-000000000001'],
  ['uuid-nul', 'c0ffee00-dead-4bee-8f00-000000000001\u0000'],
  ['uuid-number', 123],
];

export const ENUMS = [
  ['enum-lowercase', (v) => String(v).toLowerCase()],
  ['enum-padded', (v) => ` ${v} `],
  ['enum-fullwidth', (v) => String(v).replace(/[A-Z_]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0))],
  ['enum-unknown', () => 'NOT_A_VALUE'],
  ['enum-number', () => 0],
];

export const ARRAYS = [
  ['arr-empty', []],
  ['arr-20001', (first) => Array(20001).fill(first === undefined ? {} : first)],
  ['arr-duplicated', (first) => (first === undefined ? [{}, {}] : [first, first])],
  ['arr-of-strings', ['x', 'y']],
  ['arr-of-numbers', [1, raw('1E+999999999')]],
  ['deep-array-5000', deepArray(5000)],
];

export const OBJECT_EXTRAS = [
  ['unknown-property', { unknownProperty: 1 }],
  ['proto-property', { __proto__x: 1, constructor: { prototype: { admin: true } } }],
  ['read-only-id', { id: 'c0ffee00-dead-4bee-8f00-000000000001' }],
];

// What a value of each field kind is replaced with: the headline classes always, the rest sampled.
export const CORE_NUMBER = new Set(['str-exp-huge', 'num-exp-huge', 'num-neg-zero', 'num-underflow', 'num-400-digits', 'str-400-digits', 'num-NaN', 'num-Infinity', 'str-fullwidth', 'str-plus', 'num-negative', 'num-int-overflow', 'str-trailing-nul']);
export const CORE_STRING = new Set(['str-nul', 'str-control', 'str-rtl', 'str-lone-surrogate', 'str-emoji', 'str-fullwidth-digits', 'str-long-10k', 'str-escaped-nul']);
export const CORE_TYPES = new Set(['type-true', 'type-null', 'type-object', 'type-empty-array']);
