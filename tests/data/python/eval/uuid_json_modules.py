# uuid and json for plain data (printed output compared with Python)
import json
import uuid
from uuid import UUID

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.urn, u.version, str(u) == "12345678-1234-5678-1234-567812345678")
print(UUID("{12345678123456781234567812345678}") == u, UUID(hex="12345678123456781234567812345678"), {u: 1}[UUID(str(u))])
print(uuid.uuid5(uuid.NAMESPACE_DNS, "example.com"), uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com"))
v = uuid.uuid4()
print(len(str(v)), len(v.hex), v.version, v != uuid.uuid4(), str(v).count("-"))
print(UUID(bytes=u.bytes) == u, sorted([UUID(h) for h in ["b" * 32, "a" * 32]]))
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError", e)

data = {"name": "Zoë", "tags": ["a", "b"], "n": 3, "f": 1.5, "ok": True, "none": None, "nested": {"k": [1, 2.0, {}]}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps([1, [], {}, "x"], indent="\t"), json.dumps((1, 2)), json.dumps({1: "a", 2.5: "b", None: 0, False: 1}))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")), json.dumps("quote\" back\\ nl\n tab\t \x01"))
print(json.dumps(float("inf")), json.dumps(1e20), json.dumps(0.1), json.dumps({"s": {1, 2}} if False else {"s": [1]}))
print(json.dumps({"d": 1}, default=str), json.dumps(u, default=str))
loaded = json.loads('{"b": 1, "a": [true, false, null, 1.5, -2, 3e2, "x\\u00e9\\n"], "c": {}}')
print(loaded, list(loaded), loaded["a"][5], type(loaded["a"][4]).__name__, type(loaded["a"][5]).__name__)
print(json.loads(json.dumps(data)) == data, json.loads("  [1, 2]  "), json.loads(b'"bytes"'))
for bad in ['', '{"a": 1,}', '[1 2]', '{"a" 1}', '"unterminated', '[1] x', "{'a': 1}"]:
    try:
        json.loads(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    json.dumps({"x": object})
except TypeError as e:
    print("TypeError", e)
