"""Issue 12, item 4: every piece of user code a request runs is a step the C++ worker calls from
the top of an empty Python stack (sandbench_worker/steps.py). Here a new thread stands for that
empty stack (_thread.start_new_thread calls its function with no Python frame below it), and the
user code walks f_back looking for the worker's own frames."""

import _thread
import json
import unittest

from sandbench_worker.server import Server

WORKER_FILES = ("server.py", "session.py", "steps.py")

WALK = """
import sys

def is_worker_file(name):
    return "sandbench_worker" in name and name.rsplit("/", 1)[-1] in WORKER_FILES

def worker_frames():
    found, frame = [], sys._getframe()
    while frame is not None:
        name = frame.f_code.co_filename
        if is_worker_file(name) or type(frame.f_locals.get("self")).__name__ in (
                "Server", "Session"):
            found.append(name)
        frame = frame.f_back
    return found
"""


def drive_from_empty_stacks(steps):
    """steps.drive, but each step runs on a fresh thread's empty stack, as interpreter.cpp's."""
    send, thrown = None, None
    try:
        while True:
            step = steps.throw(thrown) if thrown is not None else steps.send(send)
            thrown = None
            function, args = step
            done, outcome = _thread.allocate_lock(), {}
            done.acquire()

            def run():
                try:
                    outcome["value"] = function(*args)
                except BaseException as error:  # noqa: B036 - handed to the handler
                    outcome["error"] = error
                finally:
                    done.release()

            _thread.start_new_thread(run, ())
            done.acquire()
            send, thrown = outcome.get("value"), outcome.get("error")
    except StopIteration as finished:
        return finished.value


class StepsTest(unittest.TestCase):
    def setUp(self):
        self.server = Server()
        self.ask({"type": "execute", "code": f"WORKER_FILES = {WORKER_FILES!r}\n{WALK}"})

    def ask(self, request):
        request.setdefault("id", 1)
        header, _payload, *_ = drive_from_empty_stacks(
            self.server.handle_steps(json.dumps(request).encode(), b""))
        return json.loads(header)

    def test_the_cells_code_has_no_worker_frame_below_it(self):
        reply = self.ask({"type": "execute", "code": "print(worker_frames())"})
        self.assertEqual(reply["status"], "ok", reply["stderr"])
        self.assertEqual(reply["stdout"], "[]\n")

    def test_the_results_repr_has_no_worker_frame_below_it(self):
        code = "class Probe:\n    def __repr__(self):\n        return repr(worker_frames())\nProbe()"
        reply = self.ask({"type": "execute", "code": code})
        self.assertEqual(reply["result"], "[]")

    def test_an_exception_the_cell_keeps_leads_back_to_no_worker_frame(self):
        self.ask({"type": "execute", "code": "kept = ValueError('x')\nraise kept"})
        code = (
            "tb, found = kept.__traceback__, []\n"
            "while tb is not None:\n"
            "    found.append(tb.tb_frame.f_code.co_filename)\n"
            "    tb = tb.tb_next\n"
            "print([f for f in found if is_worker_file(f)])"
        )
        # The failed cell's state is this test's (no keeper here): kept is in the namespace.
        reply = self.ask({"type": "execute", "code": code})
        self.assertEqual(reply["stdout"], "[]\n", reply["stderr"])

    def test_a_variables_listing_runs_user_code_with_no_worker_frame_below(self):
        code = ("seen = []\n"
                "class Sized:\n"
                "    def __len__(self):\n"
                "        seen.append(worker_frames())\n"
                "        return 3\n"
                "sized = Sized()")
        self.ask({"type": "execute", "code": code})
        reply = self.ask({"type": "variables"})
        sized = [v for v in reply["variables"] if v["name"] == "sized"]
        self.assertEqual(sized[0]["shape"], [3])
        # inspect_vars' own frame is below __len__ (it called len()); nothing of the server's.
        reply = self.ask({"type": "execute", "code": "print(seen)"})
        self.assertEqual(reply["stdout"], "[[]]\n")

    def test_errors_and_tracebacks_still_name_the_cells_line(self):
        reply = self.ask({"type": "execute", "code": "x = 1\n1 / 0"})
        self.assertEqual(reply["status"], "error")
        self.assertIn('File "<cell 0>", line 2', reply["stderr"])
        self.assertIn("ZeroDivisionError", reply["stderr"])
        self.assertNotIn("sandbench_worker", reply["stderr"])


if __name__ == "__main__":
    unittest.main()
