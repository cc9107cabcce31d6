"""Writes the query replies tst_replyfuzz starts from: run from the source root with Debian's python3,
    MPLBACKEND=Agg /usr/bin/python3 tests/data/query-replies/make.py tests/data/query-replies
Each reply records the request type it answers as "_request" (the test takes it out)."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "../../../sandbox/python"))
from sandbench_worker.server import Server
out = sys.argv[1]
s = Server()
s._output_dir = out + "/tmp-out"
os.makedirs(s._output_dir, exist_ok=True)
def ask(req, payload=b""):
    h, p, *_ = s.handle(json.dumps(req).encode(), payload)
    return json.loads(h), p
ask({"id": 1, "type": "execute", "code": "import pandas as pd\nimport numpy as np\ndf = pd.DataFrame({'region': ['north', 'south', None], 'sales': [1.5, 2.0, np.nan], 'when': pd.to_datetime(['2024-01-01', '2024-02-01', None])})\nx = 42\nnames = ['a', 'b']"})
cases = {
    "variables": ({"id": 2, "type": "variables"}),
    "table_json": ({"id": 3, "type": "table", "name": "df", "offset": 0, "limit": 50}),
    "table_binary": ({"id": 4, "type": "table", "name": "df", "offset": 0, "limit": 50, "encoding": "binary"}),
    "summary_numeric": ({"id": 5, "type": "summary", "name": "df", "column": 1}),
    "summary_text": ({"id": 6, "type": "summary", "name": "df", "column": 0}),
    "summary_time": ({"id": 7, "type": "summary", "name": "df", "column": 2}),
    "export": ({"id": 11, "type": "export_view", "name": "df", "file": "view.csv"}),
    "check_ok": ({"id": 8, "type": "check", "code": "y = 1"}),
    "check_error": ({"id": 9, "type": "check", "code": "y = ("}),
    "error_table": ({"id": 10, "type": "table", "name": "nope"}),
    "completions": ({"id": 12, "type": "complete", "code": "df.s"}),
    "help": ({"id": 13, "type": "help", "code": "df.groupby(by='region', "}),
    "view_code": ({"id": 14, "type": "view_code", "name": "df", "sort": [{"column": 1, "ascending": False}], "filter": {"column": 0, "op": "contains", "value": "th"}}),
}
for name, req in cases.items():
    h, p = ask(req)
    h["_request"] = req["type"]
    with open(os.path.join(out, name + ".json"), "w") as f:
        json.dump(h, f, indent=1, ensure_ascii=True)
    if p:
        with open(os.path.join(out, name + ".bin"), "wb") as f:
            f.write(p)
    print(name, h["type"], len(p))
import shutil
shutil.rmtree(s._output_dir)
