#!/usr/bin/env python3
"""Latency of the preview: from the save of a one-page text edit to the reload event the open page receives.

Starts `serve` on a site, listens to the live-reload event stream (/__memento/reload) like an open page does,
appends a sentence to a page, and times until `data: reload` arrives. A few unrecorded edits first (the JVM warms
up, as it does during an editing session), then RUNS recorded ones; prints each, the median, min and max.
Usage: preview-latency.py SITE_FOLDER PAGE_GLOB_DIR RUNS -- COMMAND...   (see preview-latency.sh)
"""
import glob
import http.client
import os
import socket
import statistics
import subprocess
import sys
import time

WARMUP = 8


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_server(proc, port, deadline):
    """Waits until serve answers a request (it listens before its first build, but answers only after it)."""
    while time.time() < deadline:
        if proc.poll() is not None:
            sys.exit("serve stopped: exit code %s" % proc.returncode)
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
            conn.request("HEAD", "/")
            conn.getresponse()
            conn.close()
            return
        except (OSError, http.client.HTTPException):
            time.sleep(0.2)
    sys.exit("serve did not start")


class Events:
    """One live-reload connection, read line by line."""

    def __init__(self, port):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        self.conn.request("GET", "/__memento/reload")
        self.resp = self.conn.getresponse()
        if self.resp.status != 200:
            sys.exit("event stream refused: %s" % self.resp.status)

    def next_data(self):
        while True:
            line = self.resp.fp.readline()
            if not line:
                sys.exit("event stream closed")
            line = line.decode("utf-8").rstrip("\n")
            if line.startswith("event:"):
                kind = line
                data = self.resp.fp.readline().decode("utf-8")
                sys.exit("the preview refused the edit: %s %s" % (kind, data[:300]))
            if line.startswith("data:"):
                return line


def main():
    site, runs = sys.argv[1], int(sys.argv[2])
    command = sys.argv[sys.argv.index("--") + 1:]
    pages = sorted(p for p in glob.glob(os.path.join(site, "content", "**", "*.md"), recursive=True)
                   if not p.endswith("index.md"))
    port = free_port()
    log = open(os.path.join(site, "serve.log"), "w")
    proc = subprocess.Popen(command + ["serve", "--source", site, "--output", os.path.join(site, "preview"),
                                       "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for_server(proc, port, time.time() + 120)
        events = Events(port)
        times = []
        for run in range(WARMUP + runs):
            page = pages[(run * 7) % len(pages)]
            time.sleep(0.6)
            start = time.perf_counter()
            with open(page, "a", encoding="utf-8") as f:
                f.write("\nUne phrase ajoutée pour mesurer l'aperçu, essai %d.\n" % run)
            events.next_data()
            elapsed = (time.perf_counter() - start) * 1000
            if run >= WARMUP:
                times.append(elapsed)
                print("  %-60s %6.0f ms" % (os.path.relpath(page, site), elapsed), flush=True)
        print("median %.0f ms, min %.0f ms, max %.0f ms over %d edits (%d pages in content/)"
              % (statistics.median(times), min(times), max(times), len(times), len(pages)))
    finally:
        proc.terminate()
        proc.wait(10)
        log.close()


if __name__ == "__main__":
    main()
