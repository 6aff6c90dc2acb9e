# Independent check for EditFixtureTest: PyYAML (Debian's python3-yaml) reads the edited
# front matter as the original with exactly the fixture's edits applied, keys in order.
# Reads JSON lines {"id", "in", "out", "edits": [{"key", "yaml" or null}]} from the file
# named by the first argument; prints one JSON line per case: {"id", "ok"} or
# {"id", "ok": false, "why"}. An edit's value is YAML flow text, read as the value of "v".
import json
import sys

import yaml

Loader = getattr(yaml, 'CSafeLoader', yaml.SafeLoader)

with open(sys.argv[1], encoding='utf-8') as f:
    for line in f:
        if not line.strip():
            continue
        case = json.loads(line)
        try:
            expected = yaml.load(case['in'], Loader=Loader)
            for e in case['edits']:
                if e['yaml'] is None:
                    expected.pop(e['key'], None)
                else:
                    expected[e['key']] = yaml.load('v: ' + e['yaml'], Loader=Loader)['v']
            got = yaml.load(case['out'], Loader=Loader)
            ok = got == expected and list(got) == list(expected)
            answer = {'id': case['id'], 'ok': ok}
            if not ok:
                answer['why'] = 'expected %r but read %r' % (expected, got)
        except Exception as ex:  # a refusal is an answer, not a crash of the check
            answer = {'id': case['id'], 'ok': False, 'why': str(ex)[:500]}
        print(json.dumps(answer))
