"""``scripts/keep_running.sh``: ``./run`` restarts a crashed worker (logged, with a limit) and keeps the web up."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "keep_running.sh"


def keep_running(tmp_path, command: str, restarts: int = 2, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "MOTCUA_RESTARTS": str(restarts), "MOTCUA_RESTART_DELAY": "0.05"}
    return subprocess.Popen(
        [str(SCRIPT), "worker", "sh", "-c", command],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def test_a_crashing_command_is_restarted_with_a_log_line_then_given_up(tmp_path):
    proc = keep_running(tmp_path, "echo run >> runs; exit 3")
    _out, err = proc.communicate(timeout=20)
    assert proc.returncode == 3
    assert (tmp_path / "runs").read_text().count("run") == 3  # the first run and two restarts
    assert "worker: exited with code 3; restarting in 0.05 s (restart 1 of 2)" in err
    assert "restarting in 0.1 s (restart 2 of 2)" in err  # the wait doubles
    assert "stopped restarting after 2 restarts" in err


def test_a_clean_exit_is_not_restarted_and_a_crash_once_is(tmp_path):
    proc = keep_running(tmp_path, "echo run >> runs; [ -f crashed ] && exit 0; touch crashed; exit 1")
    _out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0
    assert (tmp_path / "runs").read_text().count("run") == 2
    assert err.count("restarting") == 1


def test_sigterm_stops_the_command_and_the_loop(tmp_path):
    proc = keep_running(tmp_path, f"echo $$ > pid; exec {sys.executable} -c 'import time; time.sleep(60)'")
    for _ in range(200):
        if (tmp_path / "pid").exists() and (tmp_path / "pid").read_text().strip():
            break
        time.sleep(0.05)
    child = int((tmp_path / "pid").read_text())
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=10) == 0
    for _ in range(200):  # the command is gone too, not left behind (a zombie waiting to be reaped is gone)
        if not _alive(child):
            break
        time.sleep(0.05)
    else:
        raise AssertionError("the command outlived keep_running.sh")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"
