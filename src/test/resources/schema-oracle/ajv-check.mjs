// Independent validator for SchemaAgreementTest: ajv 8 (draft 2020-12, installed by the test
// into target/ajv). Usage: node ajv-check.mjs INPUT.jsonl NAME=SCHEMA.json...
//
// Reads JSON lines {"id", "instance"} and prints one JSON line per input:
//   {"id", "results": {NAME: {"valid": bool, "problems": [[path, rule, severity], ...]}}}
// Each ajv error becomes a problem the way the library maps networknt's errors: the rule and
// severity are the x-rule and x-severity nearest to the failing keyword on the way from the
// document's root to the subschema holding it (else "schema-<keyword>" and "error"). That
// subschema is the error's parentSchema (ajv's verbose option), found in the document by
// identity: ajv's schemaPath starts over inside a $ref'd schema that ajv does not inline, so it
// cannot be walked from the root. "if" errors are left out (they only repeat the
// failure of their "then" or "else"); a uniqueItems error becomes one problem per item that
// repeats an earlier one, at the item's path.
import { readFileSync } from 'node:fs';
import Ajv2020Module from 'ajv/dist/2020.js';

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
// the library's annotations, and the editor keywords of the YAML language server
const ANNOTATIONS = ['x-rule', 'x-severity', 'x-expected', 'x-found', 'errorMessage',
  'patternErrorMessage', 'markdownDescription'];

const schemas = {};
for (const arg of process.argv.slice(3)) {
  const [name, file] = arg.split('=');
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  // strictTypes off: the schema uses union types and keywords guarded by "if"
  const ajv = new Ajv2020({ allErrors: true, strictTypes: false, verbose: true });
  ajv.addVocabulary(ANNOTATIONS);
  const places = new Map(); // every schema object of the document -> its chain from the root
  const walk = (node, chain) => {
    if (node === null || typeof node !== 'object') return;
    const here = [...chain, node];
    if (!Array.isArray(node)) places.set(node, here);
    for (const [k, v] of Object.entries(node)) {
      if (k !== 'enum' && k !== 'const') walk(v, here);
    }
  };
  walk(doc, []);
  schemas[name] = { places, validate: ajv.compile(doc) };
}

function annotations(places, parentSchema) {
  const chain = places.get(parentSchema) ?? [];
  let rule = null;
  let severity = null;
  for (let i = chain.length - 1; i >= 0; i--) {
    const n = chain[i];
    if (n !== null && typeof n === 'object' && !Array.isArray(n)) {
      if (rule === null && typeof n['x-rule'] === 'string') rule = n['x-rule'];
      if (severity === null && typeof n['x-severity'] === 'string') severity = n['x-severity'];
    }
  }
  return { rule, severity, found: places.has(parentSchema) };
}

function at(instance, pointer) {
  let v = instance;
  for (const t of pointer.split('/').slice(1)) {
    v = v[t.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return v;
}

// JSON equality, numbers by value
function same(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && same(a[k], b[k]));
}

const out = [];
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const { id, instance } = JSON.parse(line);
  const results = {};
  for (const [name, { places, validate }] of Object.entries(schemas)) {
    const valid = validate(instance);
    const problems = [];
    const seen = new Set();
    for (const e of validate.errors ?? []) {
      if (e.keyword === 'if') continue;
      const { rule, severity, found } = annotations(places, e.parentSchema);
      if (!found) throw new Error('subschema not found in the document: ' + e.schemaPath);
      const r = rule ?? 'schema-' + e.keyword;
      const s = (severity ?? 'error').toLowerCase();
      const add = (path) => {
        const key = JSON.stringify([path, r, s]);
        if (!seen.has(key)) {
          seen.add(key);
          problems.push([path, r, s]);
        }
      };
      if (e.keyword === 'uniqueItems') {
        const items = at(instance, e.instancePath);
        for (let i = 1; i < items.length; i++) {
          for (let j = 0; j < i; j++) {
            if (same(items[i], items[j])) {
              add(e.instancePath + '/' + i);
              break;
            }
          }
        }
      } else if (e.keyword === 'additionalProperties') {
        add(e.instancePath + '/' + String(e.params.additionalProperty)
          .replace(/~/g, '~0').replace(/\//g, '~1'));
      } else {
        add(e.instancePath);
      }
    }
    results[name] = { valid, problems };
  }
  out.push(JSON.stringify({ id, results }));
}
process.stdout.write(out.join('\n') + '\n');
