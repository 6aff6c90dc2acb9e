# Independent YAML reader for EditOracleTest: PyYAML (Debian's python3-yaml, run with
# /usr/bin/python3). Reads JSON lines {"id", "text"} from the file named by the first argument
# and prints one JSON line per input: {"id", "ok": true, "v": <value>} or
# {"id", "ok": false, "error": <message>}.
#
# Values are normalised to JSON without losing a type: dates and times become
# {"$date": ISO text} (PyYAML reads unquoted dates as date objects), floats {"$float": repr}
# (so that 1 and 1.0 stay apart and NaN is representable), byte strings {"$bytes": base64},
# sets {"$set": [...]}, and a mapping key that is not text is written "$key:" + its JSON.
# The test compares PyYAML's reading of the edited text with its reading of the original,
# so the normalisation only has to be the same on both sides.
import base64
import datetime
import json
import sys

import yaml

Loader = getattr(yaml, 'CSafeLoader', yaml.SafeLoader)


def norm(v):
    if v is None or isinstance(v, (str, bool)):
        return v
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        return {'$float': repr(v)}
    if isinstance(v, (datetime.date, datetime.datetime)):
        return {'$date': v.isoformat()}
    if isinstance(v, bytes):
        return {'$bytes': base64.b64encode(v).decode('ascii')}
    if isinstance(v, (list, tuple)):
        return [norm(x) for x in v]
    if isinstance(v, set):
        return {'$set': sorted(json.dumps(norm(x), sort_keys=True) for x in v)}
    if isinstance(v, dict):
        out = {}
        for k, x in v.items():
            key = k if isinstance(k, str) else '$key:' + json.dumps(norm(k), sort_keys=True)
            out[key] = norm(x)
        return out
    return {'$other': repr(v)}


out = sys.stdout
with open(sys.argv[1], encoding='utf-8') as f:
    for line in f:
        if not line.strip():
            continue
        case = json.loads(line)
        try:
            value = norm(yaml.load(case['text'], Loader=Loader))
            out.write(json.dumps({'id': case['id'], 'ok': True, 'v': value}) + '\n')
        except Exception as e:  # any refusal is an answer, not a crash of the oracle
            out.write(json.dumps({'id': case['id'], 'ok': False, 'error': str(e)[:500]}) + '\n')
