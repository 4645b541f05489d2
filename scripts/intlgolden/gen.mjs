// gen.mjs writes the golden files of package template/intl from Node's Intl
// (ICU and CLDR as built into Node). Every line of every file is a JSON
// array: the inputs, then ICU's text. Run from the repository root:
//
//	node scripts/intlgolden/gen.mjs
//
// The output depends only on Node's ICU data, so running it twice gives the
// same files.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'template', 'intl', 'testdata');
mkdirSync(out, { recursive: true });

const LOCALES = ['es-ES', 'es-MX', 'es-AR', 'en-US', 'en-GB', 'pt-BR', 'pt-PT', 'fr-FR', 'de-DE', 'it-IT'];
const HOME = {
  'es-ES': 'Europe/Madrid', 'es-MX': 'America/Mexico_City', 'es-AR': 'America/Argentina/Buenos_Aires',
  'en-US': 'America/New_York', 'en-GB': 'Europe/London', 'pt-BR': 'America/Sao_Paulo',
  'pt-PT': 'Europe/Lisbon', 'fr-FR': 'Europe/Paris', 'de-DE': 'Europe/Berlin', 'it-IT': 'Europe/Rome',
};
const ZONES = [
  'Europe/Madrid', 'America/Mexico_City', 'America/Argentina/Buenos_Aires', 'America/New_York',
  'Europe/London', 'America/Sao_Paulo', 'Europe/Lisbon', 'Europe/Paris', 'Europe/Berlin', 'Europe/Rome', 'UTC',
];
const STYLES = ['full', 'long', 'medium', 'short'];

// ICU's own text: formatToParts keeps the narrow no-break space that
// format() turns into a plain space before AM/PM.
const parts = (f, v) => f.formatToParts(v).map((p) => p.value).join('');

function write(name, rows) {
  const text = rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
  writeFileSync(join(out, name), text);
  console.log(`${name}: ${rows.length} values`);
}

// ---- dates ----

// offsetMinutes gives a zone's offset from UTC at an instant.
function offsetMinutes(zone, ms) {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName').value;
  const m = /^GMT(?:([+-])(\d\d):(\d\d))?$/.exec(name);
  if (!m[1]) return 0;
  const v = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -v : v;
}

// wall returns the instant at which a zone's clock reads the given time.
function wall(zone, y, mo, d, h, mi) {
  const local = Date.UTC(y, mo - 1, d, h, mi);
  let ms = local - offsetMinutes(zone, local) * 60000;
  ms = local - offsetMinutes(zone, ms) * 60000;
  return ms;
}

const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');

// Instants across 2026: both sides of the European and American changes of
// clock, year boundaries, midnight, noon, 1 AM and 1 PM, 23:59, single-digit
// days and months.
const INSTANTS = [
  '2025-12-31T23:59:59Z', '2026-01-01T00:00:00Z', '2026-02-03T01:05:07Z',
  '2026-03-08T06:59:00Z', '2026-03-08T07:00:00Z', '2026-03-29T00:59:00Z', '2026-03-29T01:00:00Z',
  '2026-05-09T12:00:00Z', '2026-07-04T13:00:00Z', '2026-08-15T23:00:00Z', '2026-09-09T09:09:09Z',
  '2026-10-25T00:59:59Z', '2026-10-25T01:00:00Z', '2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z',
  '2026-12-24T11:00:00Z', '2027-01-01T03:00:00Z',
].map((s) => Date.parse(s));
// Wall-clock times in each locale's home zone.
const WALL = [
  [2026, 1, 1, 0, 0], [2026, 1, 2, 1, 0], [2026, 6, 7, 12, 0], [2026, 6, 7, 13, 0],
  [2026, 8, 31, 23, 59], [2026, 12, 31, 23, 59],
];
const COMBOS = [
  ['full', ''], ['long', ''], ['medium', ''], ['short', ''],
  ['', 'full'], ['', 'long'], ['', 'medium'], ['', 'short'],
  ['full', 'full'], ['full', 'short'], ['long', 'long'], ['long', 'medium'],
  ['medium', 'medium'], ['medium', 'short'], ['short', 'short'], ['short', 'full'],
];

function dateRow(loc, zone, ms, ds, ts) {
  const opt = { timeZone: zone };
  if (ds) opt.dateStyle = ds;
  if (ts) opt.timeStyle = ts;
  return [loc, zone, iso(ms), ds, ts, parts(new Intl.DateTimeFormat(loc, opt), new Date(ms))];
}

const dates = [];
LOCALES.forEach((loc, i) => {
  const home = HOME[loc];
  const foreign = [ZONES[(i + 3) % ZONES.length], ZONES[(i + 6) % ZONES.length]];
  for (const zone of [home, ...foreign]) {
    for (const ms of INSTANTS) {
      for (const [ds, ts] of COMBOS) dates.push(dateRow(loc, zone, ms, ds, ts));
    }
  }
  for (const w of WALL) {
    const ms = wall(home, ...w);
    for (const [ds, ts] of COMBOS) dates.push(dateRow(loc, home, ms, ds, ts));
  }
  // Every zone's names, in winter and in summer, and zones that fall back
  // to the localized GMT format.
  const named = [...ZONES, 'Etc/UTC', 'Europe/Brussels', 'America/Chicago', 'America/Argentina/Cordoba',
    'Atlantic/Canary', 'America/Fortaleza', 'America/Bogota', 'America/Lima', 'America/Santiago',
    'America/Montevideo', 'America/Los_Angeles', 'America/Denver', 'America/Phoenix', 'America/Tijuana',
    'Etc/GMT+3', 'Etc/GMT-1', 'Etc/GMT-14', 'Etc/GMT+12'];
  for (const zone of named) {
    for (const ms of [Date.parse('2026-01-15T12:00:00Z'), Date.parse('2026-07-15T12:00:00Z')]) {
      for (const ts of STYLES) dates.push(dateRow(loc, zone, ms, '', ts));
    }
  }
  // Summer time that is history now.
  for (const [zone, s] of [['America/Mexico_City', '2020-06-15T12:00:00Z'], ['America/Sao_Paulo', '2018-12-15T12:00:00Z'],
    ['America/Argentina/Buenos_Aires', '2009-01-15T12:00:00Z'], ['America/Bogota', '1992-12-15T12:00:00Z'],
    ['America/Lima', '1994-01-15T12:00:00Z'], ['America/Montevideo', '2014-01-15T12:00:00Z']]) {
    for (const ts of ['full', 'long']) dates.push(dateRow(loc, zone, Date.parse(s), 'short', ts));
  }
});
write('dates.jsonl', dates);

// ---- relative times ----

const UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];
const NS = [-3, -2, -1, 0, 1, 2, 3, -10, 10, 21, -21, 100, 1000, -1000, 10000, 1000000, -1000000];
const relative = [];
for (const loc of LOCALES) {
  for (const numeric of ['always', 'auto']) {
    const f = new Intl.RelativeTimeFormat(loc, { numeric, style: 'long' });
    for (const u of UNITS) for (const n of NS) relative.push([loc, u, n, numeric, f.format(n, u)]);
  }
}
write('relative.jsonl', relative);

// ---- numbers ----

// ICU rounds half to even; ECMA-402's default is half away from zero, so
// the mode is given.
const DECIMALS = ['0', '1', '-1', '7', '10', '100', '999', '1000', '-1000', '9999', '10000', '-10000', '12345',
  '123456', '1234567', '1234567.891', '-1234567.891', '0.5', '0.05', '0.0005', '0.0015', '0.0025', '1.0005',
  '2.0005', '-0.0001', '-0', '0.00', '1.10', '1.5', '2.5', '-2.5', '0.125', '0.1235', '1234.5', '-1234.56',
  '1e6', '1e3', '1.5e-3', '1000000', '999.9995', '99999.9999', '123456789012345678901234567890',
  '1.23456789', '0.001', '0.0004999', '-999999.9999', '3.14159', '12.3450', '+42'];
const INTS = ['0', '1', '-1', '999', '1000', '-1000', '9999', '10000', '123456', '1000000', '-1234567',
  '2147483647', '9223372036854775807', '-9223372036854775808'];
const PERCENTS = ['0', '1', '0.25', '-0.5', '12.5', '0.125', '0.0049', '0.005', '0.015', '0.025', '10', '1000', '0.999', '-0.0001'];
const numbers = [];
for (const loc of LOCALES) {
  const nf = new Intl.NumberFormat(loc, { roundingMode: 'halfEven' });
  for (const s of DECIMALS) numbers.push([loc, 'number', s, nf.format(s.replace(/^\+/, ''))]);
  const inf = new Intl.NumberFormat(loc);
  for (const s of INTS) numbers.push([loc, 'int', s, inf.format(BigInt(s))]);
  const pf = new Intl.NumberFormat(loc, { style: 'percent', roundingMode: 'halfEven' });
  for (const s of PERCENTS) numbers.push([loc, 'percent', s, pf.format(s)]);
}
write('numbers.jsonl', numbers);

// ---- money ----

const CURRENCIES = ['EUR', 'USD', 'GBP', 'MXN', 'ARS', 'BRL', 'CLP', 'COP', 'PEN', 'UYU', 'JPY', 'CHF', 'CAD',
  'KWD', 'HUF', 'XYZ'];
const AMOUNTS = ['0', '1', '1234.5', '-1234.56', '1000000', '0.05', '-0.01', '1000', '99999999.99', '12.3'];
const money = [];
for (const loc of LOCALES) {
  for (const c of CURRENCIES) {
    const f = new Intl.NumberFormat(loc, { style: 'currency', currency: c, currencyDisplay: 'symbol' });
    const digits = f.resolvedOptions().maximumFractionDigits;
    for (const a of AMOUNTS) {
      const frac = (a.split('.')[1] || '').length;
      if (frac > digits) continue; // not an amount of this currency
      money.push([loc, c, a, f.format(a)]);
    }
    if (digits === 0) for (const a of ['1234', '-1234', '5']) money.push([loc, c, a, f.format(a)]);
  }
}
// Fraction digits of every currency ICU knows, as 1 unit in en-US.
for (const c of Intl.supportedValuesOf('currency')) {
  const f = new Intl.NumberFormat('en-US', { style: 'currency', currency: c, currencyDisplay: 'code' });
  money.push(['en-US/code', c, '1', f.format('1')]);
}
write('money.jsonl', money);

// ---- plurals ----

const PLURALS = ['0', '1', '2', '3', '4', '5', '6', '7', '10', '11', '12', '14', '21', '22', '100', '101', '102',
  '111', '1000', '10000', '100000', '1000000', '1000001', '2000000', '10000000', '1000000000', '1e6', '2e6',
  '1.5e6', '0.0', '1.0', '1.00', '2.0', '0.5', '1.5', '2.5', '0.1', '1.1', '1.01', '21.0', '1000000.0',
  '1000000.5', '0.01', '-1', '-2', '-1000000', '0.00', '1.000', '10.0', '100.5'];
const plural = (s) => {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e(\d+))?$/.exec(s);
  const v = Math.max(0, (m[3] || '').length - Number(m[4] || 0));
  return [Number(s), v];
};
const plurals = [];
for (const loc of LOCALES) {
  for (const s of PLURALS) {
    const [n, v] = plural(s);
    const pr = new Intl.PluralRules(loc, { minimumFractionDigits: v, maximumFractionDigits: v });
    plurals.push([loc, s, pr.select(n)]);
  }
}
write('plurals.jsonl', plurals);

// ---- lists ----

const LISTS = [[], ['Ana'], ['Ana', 'Luis'], ['Ana', 'Luis', 'Marta'], ['Ana', 'Luis', 'Marta', 'Pedro']];
const SPANISH = ['Inés', 'inés', 'Hilario', 'hielo', 'hiato', 'Hi', 'hi', 'Iglesias', 'Íñigo', 'ocho', 'Ocho', '8',
  '80', '11', '11 de mayo', '110', '1', 'Óscar', 'hoja', 'Honorato', 'HO', 'yodo', 'ira', 'Hiena', 'HIE', 'h', 'o', 'i', ''];
const lists = [];
for (const loc of LOCALES) {
  for (const type of ['conjunction', 'disjunction', 'unit']) {
    const f = new Intl.ListFormat(loc, { type, style: 'long' });
    for (const items of LISTS) lists.push([loc, type, items, f.format(items)]);
    for (const w of SPANISH) {
      lists.push([loc, type, ['Ana', w], f.format(['Ana', w])]);
      lists.push([loc, type, ['Ana', 'Luis', w], f.format(['Ana', 'Luis', w])]);
    }
  }
}
write('lists.jsonl', lists);
