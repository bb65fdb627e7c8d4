#!/usr/bin/env python3
"""Shares of a JFR recording's execution samples, by where this service's code sits in each stack.

Usage: scripts/bench/profile-shares.py RECORDING.jfr
Record with e.g. `jcmd PID JFR.start settings=profile filename=x.jfr` around a load run, then `JFR.stop`.
A sample counts for the first org.budgetperf frame above it (nearest the leaf) unless a framework dispatch frame
(Vert.x routing, RESTEasy's handler chain, a response's end) lies between them: code that only hands the request on
is not charged with what runs after it. Needs the JDK's `jfr` tool on the PATH.
"""
import collections
import json
import re
import subprocess
import sys

DISPATCH = re.compile(r"RoutingContextImpl\.(next|doHandle|iterateNext)|RoutingContextWrapper\.next"
                      r"|AbstractResteasyReactiveContext\.run|Http1xServerResponse\.end|MpJwtValidator"
                      r"|DefaultUniEmitter|invokeHandler")
recording = json.loads(subprocess.run(
    ["jfr", "print", "--json", "--events", "jdk.ExecutionSample", "--stack-depth", "200", sys.argv[1]],
    capture_output=True, text=True, check=True).stdout)["recording"]["events"]
own = collections.Counter()
for event in recording:
    stack = event["values"]["stackTrace"]
    frames = [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in (stack or {}).get("frames", [])]
    for frame in frames:
        if DISPATCH.search(frame):
            break
        if "budgetperf" in frame:
            own[re.sub(r"\$\$Lambda.*", "$$Lambda", frame)] += 1
            break
total = len(recording)
print(f"{total} samples; this service's code with what it calls itself: {100 * sum(own.values()) / total:.1f} %")
for frame, n in own.most_common(15):
    print(f"  {100 * n / total:5.1f} %  {frame}")
