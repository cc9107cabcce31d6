"""Lists the message templates the worker can show a user, for tst_workermessages.

Reads the worker's sources (never imports them) and prints one JSON object per line:
{"where": "file:line", "template": "..."} with every piece computed at run time (a path, a
module name, a phrase chosen from a table) replaced by U+0001. The places a message is made are
the worker's message sinks: what it writes to the cell's stderr, the violations and guard
refusals it records, the audit hook's denials, the limits' messages and the isolation notes the
Provenance panel shows. A new message written at one of those places is listed here, so the test
fails until core/workermessages.cpp knows it.

usage: worker_message_templates.py SOURCE_ROOT   (the repository's root)
"""

import ast
import json
import pathlib
import re
import sys

HOLE = "\x01"
MESSAGE_HELPER = re.compile(r"message|reason|_refused$")

# Python sinks: the called name, and which argument is the message (index, or keyword name).
PY_SINKS = {
    "_deny": (1, "text"),
    "_refuse": (1, "text"),
    "_refuse_unless_approved": (1, "text"),
    "_refusal": (3, "text"),
    "report": (4, "message"),
    "Violation": (1, "message"),
    "GuardError": (0, None),
    "PermissionError": (0, None),
}


def _module_strings(tree):
    """Module-level NAME = "text" (or a dict of texts): pieces a message puts in by name."""
    strings, tables = {}, {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if not isinstance(target, ast.Name):
                continue
            if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                strings[target.id] = node.value.value
            elif isinstance(node.value, ast.Dict):
                values = [v.value for v in node.value.values
                          if isinstance(v, ast.Constant) and isinstance(v.value, str)]
                if values and len(values) == len(node.value.values):
                    tables[target.id] = values
    return strings, tables


class PyExtractor(ast.NodeVisitor):
    def __init__(self, path, tree):
        self.path = path
        self.strings, self.tables = _module_strings(tree)
        self.out = []
        self.tables_used = set()
        self.locals = [{}]  # per function: NAME -> the expression last assigned to it
        self.functions = []

    def template(self, node, depth=0):
        """The text of a message expression with holes, or None when it is no text at all."""
        if depth > 8:
            return HOLE
        if isinstance(node, ast.Constant):
            return node.value if isinstance(node.value, str) else HOLE
        if isinstance(node, ast.JoinedStr):
            parts = []
            for value in node.values:
                if isinstance(value, ast.Constant):
                    parts.append(value.value)
                else:
                    parts.append(self.piece(value.value, depth))
            return "".join(parts)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left = self.template(node.left, depth + 1)
            right = self.template(node.right, depth + 1)
            if left is None or right is None:
                return None
            return left + right
        if isinstance(node, ast.Name):
            if node.id in self.strings:
                return self.strings[node.id]
            local = self.locals[-1].get(node.id)
            if local is not None:
                return self.template(local, depth + 1)
        return None

    def piece(self, node, depth):
        if isinstance(node, ast.Name) and node.id in self.strings:
            return self.strings[node.id]
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            if node.value.id in self.tables:
                self.tables_used.add(node.value.id)
        return HOLE

    def add(self, node, arg):
        text = self.template(arg)
        if text is None or text.strip(HOLE + " \n") == "":
            return  # a message passed on from elsewhere: listed where it is made
        self.out.append((f"{self.path}:{node.lineno}", text))

    def visit_FunctionDef(self, node):
        self.locals.append({})
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()
        self.locals.pop()

    def visit_Return(self, node):
        # Helpers that build a message piece by piece (static_check's _import_message & co.).
        if node.value is not None and self.functions and MESSAGE_HELPER.search(self.functions[-1]):
            self.add(node, node.value)
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Assign(self, node):
        if len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            self.locals[-1][node.targets[0].id] = node.value
        self.generic_visit(node)

    def visit_Call(self, node):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name == "write" and isinstance(func, ast.Attribute) and "stderr" in ast.unparse(func.value):
            if node.args:
                self.add(node, node.args[0])
        elif name == "append" and isinstance(func, ast.Attribute) and ast.unparse(func.value).endswith("notes"):
            if node.args and isinstance(node.args[0], ast.Tuple) and len(node.args[0].elts) == 2:
                self.add(node, node.args[0].elts[1])  # (line, text)
        elif name in PY_SINKS:
            index, keyword = PY_SINKS[name]
            if name == "_refuse" and len(node.args) == 3:
                index = 2  # the transformer's _refuse(node, rule, text)
            arg = None
            for kw in node.keywords:
                if kw.arg == keyword:
                    arg = kw.value
            if arg is None and len(node.args) > index:
                arg = node.args[index]
            if arg is not None:
                self.add(node, arg)
        self.generic_visit(node)


def python_templates(package):
    out = []
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        extractor = PyExtractor(path.relative_to(package.parent).as_posix(), tree)
        extractor.visit(tree)
        out.extend(extractor.out)
        for table in sorted(extractor.tables_used):
            for text in extractor.tables[table]:
                out.append((f"{extractor.path}:{table}", text))
    return out


# C++ sinks: the text between the call's parentheses after the sink, the message's argument index.
CPP_SINKS = [
    (re.compile(r"\bdeny\("), 1),
    (re.compile(r"\bnotes\.push_back\("), 0),
    (re.compile(r"\breport\((?=into|outcome\.violations)"), 1),  # the library guard's findings
    (re.compile(r'\{"message",\s*'), None),  # a reply's "message" field: up to the closing brace
    (re.compile(r'header\["stderr"\]\s*=\s*stderrText\s*\+'), None),
]
_CPP_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[(){}\[\],;+]|[^\s"(){}\[\],;+]+')


def _cpp_args(text, start, closers):
    """The top-level arguments from text[start:] up to the first unbalanced closer."""
    depth, args, current = 0, [], []
    for match in _CPP_TOKEN.finditer(text, start):
        token = match.group(0)
        if token in "([{":
            depth += 1
        elif token in ")]}" or (token == ";" and depth == 0):
            if depth == 0 and (token in closers):
                args.append(current)
                return args
            depth -= 1
        elif token == "," and depth == 0:
            args.append(current)
            current = []
            continue
        current.append(token)
    return args


def _cpp_template(tokens):
    """String literals kept, each other '+'-separated term a hole."""
    if not tokens:
        return None
    terms, current = [], []
    depth = 0
    for token in tokens:
        if token in "([{":
            depth += 1
        elif token in ")]}":
            depth -= 1
        if token == "+" and depth == 0:
            terms.append(current)
            current = []
        else:
            current.append(token)
    terms.append(current)
    text = ""
    literal_seen = False
    for term in terms:
        if term and term[0] == "(" and "?" in term and ":" in term:
            term = term[term.index(":") + 1:-1]  # (legitimate ? std::string() : " cannot ...")
        if term and all(t.startswith('"') for t in term):
            text += "".join(bytes(t[1:-1], "utf-8").decode("unicode_escape") for t in term)
            literal_seen = True
        elif len(term) >= 3 and term[0] == "std::string" and term[1] == "(" and term[2].startswith('"'):
            text += bytes(term[2][1:-1], "utf-8").decode("unicode_escape")
            literal_seen = True
        else:
            text += HOLE
    return text if literal_seen else None


def cpp_templates(folder):
    out = []
    for path in sorted(folder.glob("*.cpp")):
        text = path.read_text(encoding="utf-8")
        for pattern, index in CPP_SINKS:
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                if index is None:
                    closers = "}" if "message" in pattern.pattern else ";"
                    args = _cpp_args(text, match.end(), closers)
                    tokens = args[0] if args else []
                else:
                    args = _cpp_args(text, match.end(), ")")
                    tokens = args[index] if len(args) > index else []
                template = _cpp_template(tokens)
                if template is not None and template.strip(HOLE + " \n"):
                    out.append((f"{path.parent.name}/{path.name}:{line}", template))
    return out


def main():
    root = pathlib.Path(sys.argv[1])
    found = python_templates(root / "sandbox/python/sandbench_worker")
    found += cpp_templates(root / "sandbox/worker")
    seen = set()
    for where, template in found:
        for line in template.split("\n"):  # the window shows stderr line by line
            if line.strip(HOLE + " ") and (where, line) not in seen:
                seen.add((where, line))
                print(json.dumps({"where": where, "template": line}))


if __name__ == "__main__":
    main()
