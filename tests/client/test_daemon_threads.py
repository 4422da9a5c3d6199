"""``Client``'s concurrent work runs in daemon threads (``ango_hub._threads.DaemonThreads``):
after a Ctrl-C the process ends at once instead of waiting for the requests in flight (a
``ThreadPoolExecutor``'s threads are joined at exit: a listing with ``max_concurrency=4`` on a
server that does not answer hung until the read timeout). The pool itself keeps what the
paginators and ``BoundedMap`` rely on: results and errors through futures, the calls not
started cancelled, at most ``max_workers`` threads, a waiting shutdown.
"""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import CancelledError

import pytest

from ango_hub._threads import DaemonThreads

#: Seconds a process is given to end after SIGINT; the client's timeout in the scripts is far
#: longer (a hang is a failure, not a slow pass).
EXIT_WAIT = 30
HELD_TIMEOUT = 600


def test_results_and_errors_come_through_the_futures() -> None:
    pool = DaemonThreads(3, "test")
    futures = [pool.submit(pow, 2, power) for power in range(10)]
    failed = pool.submit(int, "not a number")
    assert [future.result() for future in futures] == [2**power for power in range(10)]
    with pytest.raises(ValueError, match="not a number"):
        failed.result()
    pool.shutdown(wait=True)


def test_at_most_max_workers_threads_all_daemons() -> None:
    pool = DaemonThreads(2, "test-bound")
    release = threading.Event()
    seen: set[str] = set()

    def hold() -> bool:
        seen.add(threading.current_thread().name)
        assert threading.current_thread().daemon
        return release.wait(EXIT_WAIT)

    futures = [pool.submit(hold) for _ in range(6)]
    release.set()
    assert all(future.result() for future in futures)
    pool.shutdown(wait=True)
    assert 1 <= len(seen) <= 2
    assert all(name.startswith("test-bound_") for name in seen)
    assert not [thread for thread in threading.enumerate() if thread.name.startswith("test-bound_")]


def test_shutdown_cancels_the_calls_not_started_and_waits_for_the_others() -> None:
    pool = DaemonThreads(1, "test-cancel")
    started, release = threading.Event(), threading.Event()
    done: list[str] = []

    def first() -> None:
        started.set()
        release.wait(EXIT_WAIT)
        done.append("first")

    running = pool.submit(first)
    waiting = pool.submit(done.append, "second")
    assert started.wait(EXIT_WAIT)
    release.set()
    pool.shutdown(wait=True, cancel_futures=True)
    assert running.done()
    assert waiting.cancelled()
    with pytest.raises(CancelledError):
        waiting.result()
    assert done == ["first"]
    with pytest.raises(RuntimeError, match="after shutdown"):
        pool.submit(done.append, "third")


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A server that accepts connections and never answers: the port."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(32)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            held.append(connection)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        listener.close()
        for connection in held:
            connection.close()


def interrupted(code: str, ready: str) -> tuple[int, str]:
    """Run ``code``; once it printed ``ready``, send SIGINT: (exit code, its stdout)."""
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.strip() == ready, (line, process.stderr.read() if process.stderr else "")
        process.send_signal(signal.SIGINT)
        out, _err = process.communicate(timeout=EXIT_WAIT)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return process.returncode, line + out


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process")
def test_ctrl_c_during_a_concurrent_listing_ends_the_process(silent_server: int) -> None:
    code = f"""
import time
from ango_hub import Client

hub = Client(api_key='k' * 40, base_url='http://127.0.0.1:{silent_server}/v2', timeout={HELD_TIMEOUT})
listing = iter(hub.tasks.list('a' * 24, max_concurrency=4))
import threading
def ready():
    while len([t for t in threading.enumerate() if t.name.startswith('ango-hub-page')]) < 4:
        time.sleep(0.01)
    print('sent', flush=True)
threading.Thread(target=ready, daemon=True).start()
try:
    next(listing)
except KeyboardInterrupt:
    print('interrupted', flush=True)
"""
    code_, out = interrupted(code, "sent")
    assert (code_, out.split()) == (0, ["sent", "interrupted"])


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process")
def test_ctrl_c_during_a_bounded_map_ends_the_process() -> None:
    code = f"""
import threading
from ango_hub._bounded import BoundedMap

started = threading.Semaphore(0)
def call(item):
    started.release()
    threading.Event().wait({HELD_TIMEOUT})  # a call that does not end (an upload that hangs)
    return item

def ready():
    for _ in range(3):
        started.acquire()
    print('running', flush=True)
threading.Thread(target=ready, daemon=True).start()
try:
    with BoundedMap(call, range(10), 3) as results:
        for result in results:
            pass
except KeyboardInterrupt:
    print('interrupted', flush=True)
"""
    code_, out = interrupted(code, "running")
    assert (code_, out.split()) == (0, ["running", "interrupted"])
