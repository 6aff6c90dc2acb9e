// Independent TOML reader for TomlDifferentialTest: smol-toml 1.9.1 (installed by the test
// into target/toml-oracle). Reads JSON lines {"id", "toml"} from the file named by the first
// argument and prints one JSON line per input: {"id", "ok": true, "v": <value>} or
// {"id", "ok": false, "error": <message>}.
//
// Values are tagged so that no type is lost in JSON: {"s": text}, {"i": "<integer>"},
// {"f": "<float>" | "inf" | "-inf" | "nan"}, {"b": boolean},
// {"d": "<ISO text>", "k": "offset-datetime" | "local-datetime" | "local-date" | "local-time"},
// {"a": [values]}, {"t": [[key, value], ...]} (keys in the object's own order).
import { readFileSync } from 'node:fs';
import { parse, TomlDate } from 'smol-toml';

function tag(v) {
  if (typeof v === 'string') return { s: v };
  if (typeof v === 'bigint') return { i: v.toString() };
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return { f: 'nan' };
    if (v === Infinity) return { f: 'inf' };
    if (v === -Infinity) return { f: '-inf' };
    return { f: Object.is(v, -0) ? '-0.0' : String(v) };
  }
  if (typeof v === 'boolean') return { b: v };
  if (v instanceof TomlDate) {
    const k = v.isDateTime() ? (v.isLocal() ? 'local-datetime' : 'offset-datetime')
      : v.isDate() ? 'local-date' : 'local-time';
    return { d: v.toISOString(), k };
  }
  if (Array.isArray(v)) return { a: v.map(tag) };
  if (v !== null && typeof v === 'object') {
    return { t: Object.entries(v).map(([k, x]) => [k, tag(x)]) };
  }
  throw new Error('unexpected value of type ' + typeof v);
}

const out = [];
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const { id, toml } = JSON.parse(line);
  try {
    out.push(JSON.stringify({ id, ok: true, v: tag(parse(toml, { integersAsBigInt: true })) }));
  } catch (e) {
    out.push(JSON.stringify({ id, ok: false, error: String(e && e.message || e) }));
  }
}
process.stdout.write(out.join('\n') + '\n');
