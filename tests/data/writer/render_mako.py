# Renders a Mako template with the values of a JSON request, for tst_makotemplate (the oracle).
# Request: {"template": "...", "variables": {name: value}}; a value is {"str": s}, {"int": n},
# {"none": true}, {"tuple": [values]}, {"list": [values]} or {"function": "comma"}.
# Answer on stdout: {"ok": true, "text": "..."} or {"ok": false, "error": "ExceptionType: msg"}.
import json
import sys

from mako.template import Template


def comma(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return ", ".join(value)


def convert(v):
    if "str" in v:
        return v["str"]
    if "int" in v:
        return v["int"]
    if "none" in v:
        return None
    if "tuple" in v:
        return tuple(convert(x) for x in v["tuple"])
    if "list" in v:
        return [convert(x) for x in v["list"]]
    if "function" in v:
        return {"comma": comma}[v["function"]]
    raise ValueError(v)


results = []
for request in json.load(open(sys.argv[1], encoding="utf-8")):
    try:
        variables = {k: convert(v) for k, v in request["variables"].items()}
        text = Template(request["template"]).render_unicode(**variables)
        results.append({"ok": True, "text": text})
    except Exception as e:  # noqa: BLE001 - every failure is an answer
        results.append({"ok": False, "error": "%s: %s" % (type(e).__name__, e)})
json.dump(results, sys.stdout)
