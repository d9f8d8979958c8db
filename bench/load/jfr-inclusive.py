#!/usr/bin/env python3
"""Where a JFR recording's CPU samples went, by method and inclusive of what it calls (issue 20).

    jfr print --json --events jdk.ExecutionSample --stack-depth 64 server.jfr > samples.json
    bench/load/jfr-inclusive.py samples.json [PREFIX ...]          share of samples under each method
    bench/load/jfr-inclusive.py samples.json --callers METHOD      the paths that lead to METHOD

PREFIX keeps methods whose class starts with it (default: the portal, Vaadin's server and router,
Spring Security's web filters, Spring Boot's jar loader, java.util.ServiceLoader). `jfr view
hot-methods` gives the other view, each method's own samples.
"""
import collections
import json
import sys

DEFAULT = ("com.publisherportal", "com.vaadin.flow.server", "com.vaadin.flow.router", "com.vaadin.flow.spring",
           "org.springframework.security.web", "org.springframework.boot.loader", "java.util.ServiceLoader")


def stacks(path):
    for event in json.load(open(path))["recording"]["events"]:
        trace = event["values"]["stackTrace"]
        if trace:
            yield [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in trace["frames"]]


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    samples = list(stacks(argv[1]))
    total = len(samples)
    if len(argv) > 3 and argv[2] == "--callers":
        target, paths = argv[3], collections.Counter()
        for frames in samples:
            if target in frames:
                above = [f for f in frames[frames.index(target) + 1:] if "$$Lambda" not in f][:8]
                paths[" < ".join(".".join(f.split(".")[-2:]) for f in above)] += 1
        print(f"{sum(paths.values()) * 100 / total:.1f}% of {total} samples under {target}")
        for path, count in paths.most_common(10):
            print(f"{count * 100 / total:6.1f}%  {path}")
        return
    prefixes = tuple(argv[2:]) or DEFAULT
    inclusive = collections.Counter()
    for frames in samples:
        for method in set(frames):
            if method.startswith(prefixes) and "$$Lambda" not in method:
                inclusive[method] += 1
    print(f"{total} samples; share under each method (inclusive):")
    for method, count in inclusive.most_common(60):
        print(f"{count * 100 / total:6.1f}%  {method}")


if __name__ == "__main__":
    main(sys.argv)
