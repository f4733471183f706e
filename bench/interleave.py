#!/usr/bin/env python3
"""Runs commands in turn, RUNS rounds, and prints each one's median and minimum wall time, its
ratio to the first command's median, and its median CPU time (user + system, all threads).
Interleaving spreads a busy machine's load over all commands alike, where hyperfine runs each
command's batch at a different time; CPU time is the least disturbed by other processes.

Usage: bench/interleave.py [--prepare 'COMMAND'] RUNS NAME 'COMMAND' [NAME 'COMMAND']...

--prepare runs a command (untimed) before each timed one, e.g. to drop and create a database.
"""
import os
import shlex
import statistics
import subprocess
import sys
import time

args = sys.argv[1:]
prepare = None
if args[0] == "--prepare":
    prepare, args = args[1], args[2:]
runs = int(args[0])
pairs = list(zip(args[1::2], args[2::2]))
times = {name: [] for name, _ in pairs}
cpu = {name: [] for name, _ in pairs}
for _ in range(runs):
    for name, command in pairs:
        if prepare:
            subprocess.run(shlex.split(prepare), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        started = time.perf_counter()
        process = subprocess.Popen(shlex.split(command), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        times[name].append((time.perf_counter() - started) * 1000)
        cpu[name].append((usage.ru_utime + usage.ru_stime) * 1000)
        if status != 0:
            sys.exit(f"{command}: exit status {status}")
base = statistics.median(times[pairs[0][0]])
print("| Command | Median [ms] | Min [ms] | Relative | CPU, median [ms] |")
print("|:---|---:|---:|---:|---:|")
for name, _ in pairs:
    median = statistics.median(times[name])
    print(f"| {name} | {median:.1f} | {min(times[name]):.1f} | {median / base:.2f} | {statistics.median(cpu[name]):.0f} |")
