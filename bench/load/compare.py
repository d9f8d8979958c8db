#!/usr/bin/env python3
"""Compares Chromium's recorded request sequence with the load client's trace, step by step.

Each request line is "METHOD path [v-r=...] [rpc:[...]]". The RPC lists are compared as multisets
(the browser orders a batch of initial component events by DOM order, the client by node id);
the sequence of requests (method, path, v-r, location) must be the same. When the browser batched
a step's RPCs into fewer UIDL requests (it queues RPCs while a request is in flight), the step is
equivalent if the other requests and the step's RPCs in total are the same; it says so. Requests Chromium makes
for static resources are not in either trace; /media/ images are, and so are the charts a UI serves
(/VAADIN/dynamic/resource/, whose UI and resource ids differ per session and are compared as *).
The unload beacon is sent by
Chromium on pagehide but its performance log loses it (the page is gone), so "leave" is compared
only on the client's side.
Usage: compare.py chromium-owner.txt client-owner.txt
"""
import re, sys
from collections import Counter


def steps(path):
    out, cur = {}, None
    for line in open(path):
        line = line.rstrip('\n')
        if line.startswith('## '):
            cur = line[3:]
            out[cur] = []
        elif cur and line.strip():
            out[cur].append(line)
    return out


def key(line):
    m = re.match(r'(\S+ \S+(?: v-r=\S+)?(?: location=\S*)?)(?: rpc:\[(.*)\])?(?: form:.*)?$', line)
    head, rpcs = (m.group(1), m.group(2)) if m else (line, None)
    head = re.sub(r'location=marketplace/product/\S+', 'location=marketplace/product/*', head)
    head = re.sub(r'/VAADIN/dynamic/resource/[^ ]+', '/VAADIN/dynamic/resource/*', head)
    return head, Counter(r.strip() for r in rpcs.split(',')) if rpcs else Counter()


browser, client = steps(sys.argv[1]), steps(sys.argv[2])
same = True
for name, lines in browser.items():
    theirs = client.get(name)
    if theirs is None:
        print(f'{name:16} MISSING in client')
        same = False
        continue
    if name == 'leave':
        print(f'{name:16} browser: {len(lines)} logged, client: {theirs}')
        continue
    a = [key(l) for l in lines]
    # The beacon of a page left (pagehide) is not in Chromium's performance log; see the docstring.
    b = [key(l) for l in theirs if not l.endswith('rpc:[UNLOAD]')]
    ok = a == b
    note = ''
    if not ok:
        # The browser's client queues RPCs while a request is in flight and sends them together, so
        # how a step's RPCs fall into requests depends on timing (e.g. typing while an answer is on
        # its way). Same requests apart from UIDL batching, same RPCs in total: equivalent.
        def rest(x):
            return [h for h, _ in x if 'v-r=uidl' not in h]
        def rpcs(x):
            return sum((c for _, c in x), Counter())
        if rest(a) == rest(b) and rpcs(a) == rpcs(b):
            ok = True
            note = f' (same RPCs, batched in {sum(1 for h, _ in a if "v-r=uidl" in h)} UIDL requests by the browser, ' \
                   f'{sum(1 for h, _ in b if "v-r=uidl" in h)} by the client: timing)'
    beacons = sum(1 for l in theirs if l.endswith('rpc:[UNLOAD]'))
    same &= ok
    print(f'{name:16} {"same" if ok else "DIFFERENT"}: {len(a)} requests, {sum(sum(c.values()) for _, c in a)} rpcs'
          + note + (f' (+{beacons} unload beacon of the page left)' if beacons else '') + ('' if ok else f'\n   browser: {lines}\n   client:  {theirs}'))
print('SAME SEQUENCE' if same else 'DIFFERENCES FOUND')
sys.exit(0 if same else 1)
