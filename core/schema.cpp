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
        // 2 -> 3: provenance (code hash and origin, inputs, outputs, environment, resources,
        // lineage), the review queue's append-only decisions, and full-text search over runs.
        // sandbench_sha256() is registered by RunStore before migrating.
        QStringLiteral(R"sql(
ALTER TABLE runs ADD COLUMN code_sha256 TEXT NOT NULL DEFAULT '';
ALTER TABLE runs ADD COLUMN code_origin TEXT NOT NULL DEFAULT '';
ALTER TABLE runs ADD COLUMN llm_model TEXT NOT NULL DEFAULT '';
ALTER TABLE runs ADD COLUMN llm_prompt_sha256 TEXT NOT NULL DEFAULT '';
ALTER TABLE runs ADD COLUMN environment TEXT NOT NULL DEFAULT '{}';
ALTER TABLE runs ADD COLUMN limits_sha256 TEXT NOT NULL DEFAULT '';
ALTER TABLE runs ADD COLUMN inputs_sha256 TEXT NOT NULL DEFAULT '';
ALTER TABLE runs ADD COLUMN review_binds_inputs INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN cpu_ms REAL;
ALTER TABLE runs ADD COLUMN peak_rss_kb INTEGER;
ALTER TABLE runs ADD COLUMN parent_run_id INTEGER REFERENCES runs(id);
ALTER TABLE runs ADD COLUMN approval_id INTEGER REFERENCES review_decisions(id);
UPDATE runs SET code_sha256 = sandbench_sha256(code);
CREATE INDEX runs_by_status ON runs(status, id);
CREATE INDEX runs_by_code ON runs(code_sha256, status);
CREATE TABLE run_inputs (
    run_id      INTEGER NOT NULL REFERENCES runs(id),
    name        TEXT NOT NULL,
    path        TEXT NOT NULL,
    size        INTEGER NOT NULL,
    mtime_ns    INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    PRIMARY KEY (run_id, name)
);
CREATE TABLE run_outputs (
    run_id      INTEGER NOT NULL REFERENCES runs(id),
    path        TEXT NOT NULL,
    size        INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    PRIMARY KEY (run_id, path)
);
CREATE TABLE file_hashes (
    path        TEXT NOT NULL,
    size        INTEGER NOT NULL,
    mtime_ns    INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    PRIMARY KEY (path, size, mtime_ns)
) WITHOUT ROWID;
CREATE TABLE review_decisions (
    id              INTEGER PRIMARY KEY,
    run_id          INTEGER NOT NULL REFERENCES runs(id),
    decision        TEXT NOT NULL CHECK (decision IN ('approved', 'rejected')),
    reviewer        TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    decided_at      TEXT NOT NULL,
    code_sha256     TEXT NOT NULL,
    profile_sha256  TEXT NOT NULL,
    limits_sha256   TEXT NOT NULL,
    inputs_sha256   TEXT,
    supersedes      INTEGER REFERENCES review_decisions(id)
);
CREATE INDEX review_by_binding ON review_decisions(code_sha256, profile_sha256, limits_sha256, id);
CREATE INDEX review_by_run ON review_decisions(run_id, id);
CREATE TRIGGER review_decisions_are_never_updated BEFORE UPDATE ON review_decisions
BEGIN
    SELECT RAISE(ABORT, 'review decisions are append-only: record a new decision instead');
END;
CREATE TRIGGER review_decisions_are_never_deleted BEFORE DELETE ON review_decisions
BEGIN
    SELECT RAISE(ABORT, 'review decisions are append-only: record a new decision instead');
END;
CREATE VIRTUAL TABLE run_search USING fts5(code, output, notes);
INSERT INTO run_search (rowid, code, output, notes)
    SELECT id, code, stdout || char(10) || stderr, '' FROM runs;
CREATE TRIGGER runs_enter_search AFTER INSERT ON runs
BEGIN
    INSERT INTO run_search (rowid, code, output, notes)
        VALUES (NEW.id, NEW.code, NEW.stdout || char(10) || NEW.stderr, '');
END;
CREATE TRIGGER runs_leave_search AFTER DELETE ON runs
BEGIN
    DELETE FROM run_search WHERE rowid = OLD.id;
END;
CREATE TRIGGER review_notes_enter_search AFTER INSERT ON review_decisions
BEGIN
    UPDATE run_search SET notes = notes || ' ' || NEW.note WHERE rowid = NEW.run_id;
END;
)sql"),
        // 3 -> 4: state a run changed for later cells (pandas options, rcParams, random states),
        // as the worker's C++ library guard named it: a JSON array of strings.
        QStringLiteral(R"sql(
ALTER TABLE runs ADD COLUMN state_changes TEXT NOT NULL DEFAULT '[]';
)sql"),
        // 4 -> 5: the session names each run read and wrote (stale cells), JSON arrays of
        // strings; NULL on runs recorded before, which did not report them.
        QStringLiteral(R"sql(
ALTER TABLE runs ADD COLUMN names_read TEXT;
ALTER TABLE runs ADD COLUMN names_written TEXT;
)sql"),
        // 5 -> 6: whether a dataset's ISO date columns loaded as dates (the exported script reads
        // the file the same way); the sessions before loaded them as text.
        QStringLiteral(R"sql(
ALTER TABLE session_datasets ADD COLUMN iso_dates INTEGER NOT NULL DEFAULT 0;
)sql"),
        // 6 -> 7: the assistant (issue 16). An LLM cell names the endpoint's host beside its
        // model and prompt hash; every exchange with a model is kept whole (the messages exactly
        // as sent, the answer, times, token counts), found from a run by its prompt's SHA-256.
        QStringLiteral(R"sql(
ALTER TABLE runs ADD COLUMN llm_endpoint_host TEXT NOT NULL DEFAULT '';
CREATE TABLE llm_exchanges (
    id                INTEGER PRIMARY KEY,
    session_id        INTEGER REFERENCES sessions(id),
    prompt_sha256     TEXT NOT NULL,
    messages          TEXT NOT NULL,
    model             TEXT NOT NULL,
    answered_model    TEXT NOT NULL DEFAULT '',
    endpoint_host     TEXT NOT NULL,
    answer            TEXT NOT NULL DEFAULT '',
    tool_calls        TEXT NOT NULL DEFAULT '[]',
    finish_reason     TEXT NOT NULL DEFAULT '',
    error             TEXT NOT NULL DEFAULT '',
    started_at        TEXT NOT NULL,
    first_token_at    TEXT,
    finished_at       TEXT NOT NULL,
    prompt_tokens     INTEGER,
    completion_tokens INTEGER
);
CREATE INDEX llm_exchanges_by_prompt ON llm_exchanges(prompt_sha256, id);
)sql"),
        // 7 -> 8: whether a dataset was read in blocks as a dask DataFrame, larger than memory
        // (issue 18); the sessions before loaded every dataset whole.
        QStringLiteral(R"sql(
ALTER TABLE session_datasets ADD COLUMN lazy INTEGER NOT NULL DEFAULT 0;
)sql"),
    };
    return steps;
}

} // namespace sandbench::schema
