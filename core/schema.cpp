#include "schema.h"

namespace sandbench::schema {

const QStringList &migrations()
{
    static const QStringList steps = {
        // 0 -> 1: sessions, runs, their figures and the datasets a session loaded.
        QStringLiteral(R"sql(
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
)sql"),
        // 1 -> 2: the sandbox's verdict details and the profile every run ran under.
        QStringLiteral(R"sql(
ALTER TABLE runs ADD COLUMN violations TEXT NOT NULL DEFAULT '[]';
ALTER TABLE runs ADD COLUMN profile TEXT NOT NULL DEFAULT '';
ALTER TABLE runs ADD COLUMN profile_sha256 TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN sandbox TEXT NOT NULL DEFAULT '{}';
)sql"),
    };
    return steps;
}

} // namespace sandbench::schema
