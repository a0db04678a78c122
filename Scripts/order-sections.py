#!/usr/bin/env python3
"""Turns the functions callgrind saw run into the input sections the linker orders.

    order-sections.py BINARY LINK-MAP PROFILE...  >  forceboard.order

A function's section is found by where the function is, not by its name: the section of a C++
complete-object constructor is named after the base-object one it is an alias of, the cold part
of a function (`f.cold.1`) sits in `.text.unlikely.f.cold.1`, and callgrind marks a recursive
call `f'2`. Each function's address (nm, locals included) is looked up among the input sections
the link map lists, and that section's name is written, first mention first. An object compiled
without a section per function has one `.text` section, which cannot be ordered by name: such
functions are left out.
"""
import bisect
import re
import subprocess
import sys

binary, link_map, profiles = sys.argv[1], sys.argv[2], sys.argv[3:]

# The link map's input sections of .text: a name line, then its address, size and object on the
# same line or the next.
sections = []
pending = None
section_line = re.compile(r"^ (\.text\S*)(?:\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+\S.*)?$")
place_line = re.compile(r"^\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+\S")
with open(link_map, encoding="utf-8", errors="replace") as lines:
    for line in lines:
        line = line.rstrip("\n")
        match = section_line.match(line)
        if match:
            pending = match.group(1)
            if match.group(2):
                sections.append((int(match.group(2), 16), int(match.group(3), 16), pending))
                pending = None
            continue
        match = place_line.match(line)
        if match and pending:
            sections.append((int(match.group(1), 16), int(match.group(2), 16), pending))
        pending = None
sections = sorted(s for s in sections if s[1] > 0)
starts = [s[0] for s in sections]

addresses = {}
symbols = subprocess.run(["nm", "--defined-only", binary], capture_output=True, text=True, check=True).stdout
for line in symbols.splitlines():
    parts = line.split(" ", 2)
    if len(parts) == 3 and parts[1] in "tTwWiI":
        addresses.setdefault(parts[2], []).append(int(parts[0], 16))

named = re.compile(r"^c?fn=\([0-9]+\) (.+)$")
written = set()
for profile in profiles:
    with open(profile, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            match = named.match(line.rstrip("\n"))
            if not match:
                continue
            function = re.sub(r"'[0-9]+$", "", match.group(1))
            for address in addresses.get(function, []):
                index = bisect.bisect_right(starts, address) - 1
                if index < 0:
                    continue
                start, size, name = sections[index]
                if address >= start + size or name == ".text" or name in written:
                    continue
                written.add(name)
                print(name)
