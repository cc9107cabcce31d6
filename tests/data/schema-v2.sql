-- A frozen database of schema version 2, as the second release wrote it (sandbox verdicts and
-- profiles). Never edit: the migration test opens it with the current store.
PRAGMA application_id = 1396854339;
PRAGMA user_version = 2;
CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    origin      TEXT NOT NULL DEFAULT '',
    output_dir  TEXT NOT NULL DEFAULT ''
);
CREATE TABLE session_datasets (
    session_id  INTEGER NOT NULL REFERENCES sessions(id),
    name        TEXT NOT NULL,
    path        TEXT NOT NULL,
    PRIMARY KEY (session_id, name)
);
CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES sessions(id),
    cell_index  INTEGER NOT NULL,
    code        TEXT NOT NULL,
    status      TEXT NOT NULL,
    stdout      TEXT NOT NULL DEFAULT '',
    stderr      TEXT NOT NULL DEFAULT '',
    result      TEXT,
    started_at  TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    duration_ms REAL NOT NULL DEFAULT 0
);
CREATE INDEX runs_by_session ON runs(session_id, id);
CREATE TABLE figures (
    run_id      INTEGER NOT NULL REFERENCES runs(id),
    idx         INTEGER NOT NULL,
    format      TEXT NOT NULL,
    path        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    width       INTEGER NOT NULL DEFAULT 0,
    height      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, idx)
);
ALTER TABLE runs ADD COLUMN violations TEXT NOT NULL DEFAULT '[]';
ALTER TABLE runs ADD COLUMN profile TEXT NOT NULL DEFAULT '';
ALTER TABLE runs ADD COLUMN profile_sha256 TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN sandbox TEXT NOT NULL DEFAULT '{}';
INSERT INTO sessions VALUES (1, '2026-11-01T09:00:00.000Z', '/home/ana/q3.py', '/home/ana/out', '{"landlock": "on (ABI 3)"}');
INSERT INTO session_datasets VALUES (1, 'sales', '/home/ana/sales.csv');
INSERT INTO runs VALUES (1, 1, 1, 'x = 1', 'ok', '', '', NULL,
    '2026-11-01T09:00:01.000Z', '2026-11-01T09:00:01.250Z', 250.0, '[]', 'default', 'd1');
INSERT INTO runs VALUES (2, 1, 2, 'x + 1', 'ok', 'hi
', '', '2', '2026-11-01T09:00:02.000Z', '2026-11-01T09:00:02.010Z', 10.0, '[]', 'default', 'd1');
INSERT INTO figures VALUES (2, 0, 'png', '/home/ana/out/figures/run-2-figure-1.png',
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 640, 480);
INSERT INTO runs VALUES (3, 1, 3, 'import os', 'rejected', '', 'refused', NULL,
    '2026-11-01T09:00:03.000Z', '2026-11-01T09:00:03.001Z', 1.0,
    '[{"rule": "import-not-allowed", "message": "no os", "line": 1, "col": 8, "layer": "static"}]',
    'strict', 's2');
