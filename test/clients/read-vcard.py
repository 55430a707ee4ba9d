"""Reads a vCard file with vobject (what khard is built on) and prints, as JSON, what
vobject sees in each card and the file as vobject writes it back."""
import json
import sys

import vobject


def values(card, name):
    return [line.value for line in card.contents.get(name, [])]


cards = []
written = []
with open(sys.argv[1], encoding="utf-8") as handle:
    for card in vobject.readComponents(handle.read()):
        name = card.n.value if "n" in card.contents else None
        cards.append(
            {
                "fn": card.fn.value,
                "n": [name.family, name.given, name.additional, name.prefix, name.suffix] if name else None,
                "nickname": values(card, "nickname"),
                "org": [value if isinstance(value, list) else [value] for value in values(card, "org")],
                "title": values(card, "title"),
                "emails": values(card, "email"),
                "tels": [[line.value, line.params.get("TYPE", [])] for line in card.contents.get("tel", [])],
                "urls": values(card, "url"),
                "bday": values(card, "bday"),
                "note": values(card, "note"),
                "categories": [value for line in values(card, "categories") for value in line],
                "adr": [[value.city, value.country] for value in values(card, "adr")],
                "kith": {
                    key: values(card, key) for key in sorted(card.contents) if key.startswith("x-kith-")
                },
            }
        )
        written.append(card.serialize())
print(json.dumps({"cards": cards, "written": "".join(written)}, ensure_ascii=False))
