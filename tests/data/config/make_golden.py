#!/usr/bin/python3
"""Regenerates the golden files of tests/data/config from the real implementations.

Run with Debian's interpreter (configparser of Python 3.11, SQLAlchemy 1.4):
    /usr/bin/python3 tests/data/config/make_golden.py
ini/<case>.ini  -> ini/<case>.json   (configparser.ConfigParser({"here": "/proj"}))
urls.txt        -> urls.json         (sqlalchemy.engine.make_url)
"""
import configparser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def option_line(path, section, option):
    """Line of `option` in `section` (DEFAULT as fallback), for errors Python reports without one."""
    def scan(wanted):
        current = None
        with open(path, encoding="utf-8") as f:
            for no, line in enumerate(f, start=1):
                s = line.strip()
                if not s or s[0] in "#;":
                    continue
                if line[0] == "[" and "]" in s:
                    current = s[1:s.rindex("]")]
                    continue
                m = re.match(r"\s*(.*?)\s*[=:]", line)
                if current == wanted and m and m.group(1).lower() == option:
                    return no
        return 0
    return scan(section) or scan("DEFAULT")


def ini_case(path):
    cp = configparser.ConfigParser({"here": "/proj"})
    try:
        with open(path, encoding="utf-8") as f:
            cp.read_file(f, path)
    except UnicodeDecodeError as e:
        data = open(path, "rb").read()
        return {"error": {"line": data[:e.start].count(b"\n") + 1,
                          "message": "File is not UTF-8 text; is it an ini file at all?"}}
    except configparser.MissingSectionHeaderError as e:
        return {"error": {"line": e.lineno, "message":
                "File contains no section headers; first line with content: %r" % e.line.rstrip("\n")}}
    except configparser.DuplicateSectionError as e:
        return {"error": {"line": e.lineno, "message": "section %r already exists" % e.section}}
    except configparser.DuplicateOptionError as e:
        return {"error": {"line": e.lineno, "message":
                "option %r in section %r already exists" % (e.option, e.section)}}
    except configparser.ParsingError as e:
        return {"error": {"line": e.errors[0][0], "message":
                "Source contains parsing errors (a line that is neither a [section] header nor a "
                "'key = value' option): " + ", ".join("[line %2d]: %s" % err for err in e.errors)}}

    def dump(section, options):
        out = []
        for name, raw in options.items():
            entry = {"name": name, "raw": raw}
            try:
                entry["value"] = cp.get(section, name)
            except configparser.InterpolationError as e:
                entry["error"] = {"line": option_line(path, section, name), "message": str(e)}
            out.append(entry)
        return {"name": section, "options": out}

    return {
        "sections": [dump("DEFAULT", cp._defaults)] + [dump(s, cp._sections[s]) for s in cp.sections()],
        "options": {s: cp.options(s) for s in cp.sections()},
    }


def url_case(text):
    from sqlalchemy.engine import make_url
    try:
        u = make_url(text)
    except Exception as e:  # ArgumentError, ValueError
        return {"url": text, "error": type(e).__name__}
    query = []
    for k in u.query:   # make_url keeps first-seen key order; repeated keys are tuples
        vals = u.query[k]
        for v in (vals if isinstance(vals, tuple) else (vals,)):
            query.append([k, v])
    return {"url": text, "drivername": u.drivername, "username": u.username, "password":
            None if u.password is None else str(u.password), "host": u.host, "port": u.port,
            "database": u.database, "query": query, "masked": u.render_as_string(hide_password=True),
            "unmasked": u.render_as_string(hide_password=False)}


def main():
    ini_dir = os.path.join(HERE, "ini")
    for name in sorted(os.listdir(ini_dir)):
        if name.endswith(".ini"):
            result = ini_case(os.path.join(ini_dir, name))
            with open(os.path.join(ini_dir, name[:-4] + ".json"), "w", encoding="utf-8") as f:
                json.dump(result, f, indent=1, ensure_ascii=False)
                f.write("\n")
    with open(os.path.join(HERE, "urls.txt"), encoding="utf-8") as f:
        urls = [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]
    with open(os.path.join(HERE, "urls.json"), "w", encoding="utf-8") as f:
        json.dump([url_case(u) for u in urls], f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    sys.exit(main())
