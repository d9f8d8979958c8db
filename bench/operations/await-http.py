#!/usr/bin/env python3
"""Waits for URLs to answer 200 and prints, per URL, the milliseconds since T0_MS (epoch ms).

Usage: await-http.py T0_MS PID URL [URL ...]
Prints "<url> <ms>" for each URL as it first answers 200, in that order; exits 1 when process PID
ends first, 2 after 10 minutes.

Why not curl in a shell loop: on these 2 cores a curl every 20 ms (a fork of the shell, then curl,
then sleep) took about a second from the start it measured (2026-12-05: a served /login after
5.6-5.8 s polling that way, 4.3-4.8 s polling every 250 ms). This polls from one process, without
forks: a refused connection costs microseconds, and an HTTP request only goes out once the port
accepts connections.
"""
import http.client
import os
import socket
import sys
import time
import urllib.parse

POLL_SECONDS = 0.01


def answers_200(url):
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    try:
        connection.request("GET", parts.path or "/")
        return connection.getresponse().status == 200
    except (ConnectionError, socket.timeout, http.client.HTTPException, OSError):
        return False
    finally:
        connection.close()


def alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False


def main():
    t0_ms, pid, urls = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
    deadline = time.monotonic() + 600
    waiting = list(urls)
    while waiting:
        if not alive(pid):
            return 1
        if time.monotonic() > deadline:
            return 2
        for url in list(waiting):
            if answers_200(url):
                print(url, int(time.time() * 1000) - t0_ms, flush=True)
                waiting.remove(url)
        time.sleep(POLL_SECONDS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
