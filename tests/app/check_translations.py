#!/usr/bin/env python3
"""Every string the window and the message catalogue show is translated in every .ts file.

caa-doctor_en.ts holds only the English plural forms of "%n" messages (lupdate -pluralonly): it is checked for those.

Runs lupdate over the current sources into a copy of each .ts file (the checked-in file is never touched) and fails
when a source text has no finished translation, or a translation lost a %N placeholder. Refresh the files with
`cmake --build build --target update_translations`, then translate what it marks unfinished.
Usage: check_translations.py LUPDATE SOURCE_DIR
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = r"%\d+|%n|\{[a-z_]+\}"  # Qt's and the catalogue's {ca} {name} …


def main() -> int:
    lupdate, source = sys.argv[1], pathlib.Path(sys.argv[2])
    sources = sorted(str(p) for d in ("app/gui", "app/common", "app/report") for p in (source / d).iterdir()
                     if p.suffix in (".cpp", ".h"))
    ts_files = sorted((source / "resources/translations").glob("*.ts"))
    if not ts_files:
        print("no .ts files found")
        return 1
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files:
            copy = pathlib.Path(tmp) / ts.name
            shutil.copy(ts, copy)
            plural_only = ["-pluralonly"] if ts.name.endswith("_en.ts") else []
            subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", *plural_only, *sources,
                            "-ts", str(copy)], check=True)
            root = ET.parse(copy).getroot()
            total = 0
            for context in root.iter("context"):
                name = context.findtext("name")
                for message in context.iter("message"):
                    total += 1
                    text = message.findtext("source") or ""
                    translation = message.find("translation")
                    problem = None
                    forms = [] if translation is None else [f.text or "" for f in translation.findall("numerusform")]
                    if message.get("numerus") != "yes":
                        forms = [] if translation is None else [translation.text or ""]
                    if translation is None or translation.get("type") == "unfinished" or not all(forms) or not forms:
                        problem = "not translated"
                    else:
                        for form in forms:
                            # A singular form may write the number out ("one name") instead of %n.
                            wanted = set(re.findall(PLACEHOLDER, text)) - ({"%n"} if len(forms) > 1 else set())
                            if not wanted <= set(re.findall(PLACEHOLDER, form)):
                                problem = "placeholders differ: " + form
                    if problem:
                        failures += 1
                        print(f"{ts.name}: {name}: “{text}”: {problem}")
            print(f"{ts.name}: {total} messages checked")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
