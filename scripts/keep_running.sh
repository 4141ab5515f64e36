#!/usr/bin/env bash
# Keep a background process running (./run uses it for the worker): run COMMAND, and when it ends with
# an error (a crash), log it and start it again after a wait that doubles from MOTCUA_RESTART_DELAY
# seconds (default 1) up to 60 s, at most MOTCUA_RESTARTS times in a row (default 10; a run that lasted
# 5 minutes starts the count again). A clean exit (code 0) ends it; SIGTERM stops the command and it.
# usage: scripts/keep_running.sh NAME COMMAND [ARGS...]
set -u
name="$1"
shift
max="${MOTCUA_RESTARTS:-10}"
first_delay="${MOTCUA_RESTART_DELAY:-1}"
delay="$first_delay"
restarts=0
child=""

log() { echo "$(date '+%Y-%m-%d %H:%M:%S') $name: $*" >&2; }

stop() {
  trap - TERM INT
  # a signal between starting the command and recording its pid: $! already holds it
  local pid="${child:-${!:-}}"
  if [ -n "$pid" ]; then
    kill -TERM "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  fi
  exit 0
}
trap stop TERM INT

while true; do
  started=$SECONDS
  "$@" &
  child=$!
  wait "$child"
  code=$?
  child=""
  [ "$code" -eq 0 ] && exit 0
  if [ $((SECONDS - started)) -ge 300 ]; then
    restarts=0
    delay="$first_delay"
  fi
  if [ "$restarts" -ge "$max" ]; then
    log "exited with code $code; stopped restarting after $restarts restarts"
    exit "$code"
  fi
  restarts=$((restarts + 1))
  log "exited with code $code; restarting in $delay s (restart $restarts of $max)"
  sleep "$delay" &
  child=$!
  wait "$child"
  child=""
  delay="$(awk -v d="$delay" 'BEGIN { d = d * 2; print (d > 60 ? 60 : d) }')"
done
