#!/bin/sh
# Sample a process's VmRSS (MB), bytes read (rchar) and CPU seconds every $2 s (default 15) until it ends:
#   scripts/sample_rss.sh PID [SECONDS] >> log
pid=$1; every=${2:-15}; tick=$(getconf CLK_TCK)
while [ -d /proc/$pid ]; do
  rss=$(awk '/^VmRSS/ {print int($2/1024)}' /proc/$pid/status 2>/dev/null)
  io=$(awk '/^rchar/ {print int($2/1048576)}' /proc/$pid/io 2>/dev/null)
  cpu=$(awk -v t=$tick '{print int(($14+$15)/t)}' /proc/$pid/stat 2>/dev/null)
  echo "$(date -u +%H:%M:%S) rss_mb=$rss rchar_mb=$io cpu_s=$cpu load=$(cut -d' ' -f1 /proc/loadavg)"
  sleep "$every"
done
