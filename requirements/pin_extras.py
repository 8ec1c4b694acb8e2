"""Pin a second time, in the spelling a locked package asks for it, each dependency that is asked
for with extras (jusText asks for `lxml[html_clean]>=4.4.2`): same version, same hashes.

pip 23, the pip of a fresh Python 3.11 venv, treats such a requirement under --require-hashes as
one of its own; unpinned, it takes the newest lxml from the index and stops with "all
requirements must have their versions pinned". Run by `requirements/lock` on both lock files;
tests/test_install.py lists what the installed packages ask for and fails on a spelling missing
here.

    python3 requirements/pin_extras.py requirements/run.txt requirements/test.txt
"""

from __future__ import annotations

import re
import sys

ASKED_WITH_EXTRAS = ("lxml[html_clean]",)


def pin_extras(text: str) -> str:
    for spelling in ASKED_WITH_EXTRAS:
        base = spelling.split("[")[0]
        if re.search(rf"^{re.escape(spelling)}==", text, re.M):
            continue
        entry = re.search(rf"^{re.escape(base)}==\S+ \\\n(?:    --hash=\S+(?: \\)?\n)+(?:    #.*\n)*", text, re.M)
        if entry is None:
            continue
        pinned = re.match(r"(?:.*\n)(?:    --hash=.*\n)+", entry.group(0))
        assert pinned is not None
        extra = pinned.group(0).replace(base, spelling, 1) + f"    # via the packages that ask for {spelling}\n"
        text = text[: entry.end()] + extra + text[entry.end() :]
    return text


if __name__ == "__main__":
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as lock:
            text = lock.read()
        with open(path, "w", encoding="utf-8") as lock:
            lock.write(pin_extras(text))
