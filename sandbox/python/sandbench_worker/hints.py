"""The next step a refusal names, in the context the worker was started from (sandbox/PROTOCOL.md,
"configure", field "context"): the window names its own actions, `sandbench run` its flags, and
`serve` what a client can do (read folders are fixed when serve starts: no request adds one).
Defined once here; the audit hook gets its text through the arm request."""

WINDOW = "window"
CLI = "cli"
SERVE = "serve"
CONTEXTS = (WINDOW, CLI, SERVE)

# One row per context, one column per next step.
HINTS = {
    WINDOW: {
        "read_folder": "in the window: File > Allow Reading a Folder",
        "review": "in the window: the Review Queue panel",
        "memory": "in the window: Edit > Settings, then Run > Restart Session",
        "cluster": "in the window: the Cluster panel",
    },
    CLI: {
        "read_folder": "on the command line: --read FOLDER",
        "review": "on the command line: sandbench review list",
        "memory": "on the command line: --memory MB",
        "cluster": "on the command line: sandbench cluster status --state DIR --live",
    },
    SERVE: {
        "read_folder": "for sandbench serve: restart serve with --read FOLDER; no serve request "
        "adds a read folder",
        "review": "for sandbench serve: sandbench review list on serve's database",
        "memory": "for sandbench serve: restart serve with --memory MB",
        "cluster": "for sandbench serve: sandbench cluster status --state DIR --live",
    },
}


def context_from_request(value):
    """The context a configure request names; anything else (absent, misspelt, not a string) is
    the command line's, whose hints name flags."""
    return value if isinstance(value, str) and value in HINTS else CLI


def hint(context, step):
    return HINTS[context_from_request(context)][step]
