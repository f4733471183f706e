#!/usr/bin/env python3
"""Writes the Alembic conformance corpus that AlembicConformanceTest replays.

Usage: alembic_corpus.py ALEMBIC_CHECKOUT [SEED] [GRAPHS] > alembic_corpus.txt

Random revision graphs (branches, merges of 2-3 heads, several bases, at most one depends_on per
revision, load order shuffled as a sorted file listing would) are fed to Alembic's own RevisionMap
and HeadMaintainer, taken from ALEMBIC_CHECKOUT (alembic/script/revision.py and
alembic/runtime/migration.py). SQLAlchemy is not needed: the few helpers those two files use are
shimmed. At most one dependency per revision keeps Alembic's results free of Python set order.

Output, one record per line, tab-separated:
  graph <name>                      starts a graph; the `rev` lines that follow are its load order
  rev <dsl line>                    id<-parents dep:x, as GraphDsl reads it
  history <ids newest first>        iterate_revisions("heads", "base")
  upgrade <rows> <target> <steps> <final rows>
  downgrade <rows> <target> <steps> <final rows>
  range <start>:<end> <ids newest first, or ERROR>
Steps are ERROR where Alembic refuses, ASSERT where its own assertions fail (its sort can lose
revisions in history ranges that skip a dependency path); final rows are ? where its
HeadMaintainer fails.
Lists are comma-separated, "-" when empty; final rows are sorted.
"""
import os
import random
import sys
import tempfile
import warnings
from unittest import mock

SHIM = {
    "sqlalchemy/__init__.py": "",
    "sqlalchemy/util.py": '''
OrderedDict = dict
class OrderedSet:
    def __init__(self, items=()):
        self._d = dict.fromkeys(items)
    def add(self, x): self._d[x] = None
    def discard(self, x): self._d.pop(x, None)
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
    def __contains__(self, x): return x in self._d
    def __bool__(self): return bool(self._d)
''',
    "alembic/__init__.py": "",
    "alembic/script/__init__.py": "",
    "alembic/util.py": '''
import warnings
from collections.abc import Iterable
class memoized_property:
    def __init__(self, fget):
        self.fget = fget
        self.__name__ = fget.__name__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        obj.__dict__[self.__name__] = result = self.fget(obj)
        return result
def warn(msg): warnings.warn(msg)
def to_tuple(x, default=None):
    if x is None: return default
    if isinstance(x, str): return (x,)
    if isinstance(x, Iterable): return tuple(x)
    return (x,)
def unique_list(seq):
    seen = set(); out = []
    for x in seq:
        if x not in seen:
            seen.add(x); out.append(x)
    return out
def dedupe_tuple(tup): return tuple(unique_list(tup))
def not_none(x):
    assert x is not None
    return x
def format_as_comma(value):
    if value is None: return ""
    if isinstance(value, str): return value
    return ", ".join(value)
''',
}


def load_alembic(checkout):
    root = tempfile.mkdtemp()
    for path, text in SHIM.items():
        os.makedirs(os.path.dirname(os.path.join(root, path)), exist_ok=True)
        with open(os.path.join(root, path), "w") as f:
            f.write(text)
    with open(os.path.join(checkout, "alembic/script/revision.py")) as f:
        revision_py = f.read()
    with open(os.path.join(root, "alembic/script/revision.py"), "w") as f:
        f.write(revision_py)
    with open(os.path.join(checkout, "alembic/runtime/migration.py")) as f:
        lines = f.read().split("\n")
    wanted = ["HeadMaintainer", "MigrationInfo", "MigrationStep", "RevisionStep"]
    blocks = []
    for name in wanted:
        start = next(i for i, l in enumerate(lines) if l.startswith("class " + name))
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith(("class ", "def "))), len(lines))
        blocks.append("\n".join(lines[start:end]))
    header = ("from __future__ import annotations\nimport logging\n"
              "from typing import Any, TYPE_CHECKING, Optional, Callable, Collection, cast\n"
              "from alembic import util\nlog = logging.getLogger(__name__)\n"
              "def literal_column(x): return x\n")
    with open(os.path.join(root, "alembic/steps.py"), "w") as f:
        f.write(header + "\n".join(blocks))
    sys.path.insert(0, root)


def random_graph(rnd, name):
    size = rnd.randint(4, 28)
    ids, parents, deps = [], {}, {}
    for i in range(size):
        rid = "%s%02d%s" % (name, i, rnd.choice("abcdef"))
        heads = [r for r in ids if not any(r in parents[o] for o in ids)]
        roll = rnd.random()
        if not ids or roll < 0.08:
            ps = []
        elif roll < 0.22 and len(heads) >= 2:
            ps = rnd.sample(heads, min(len(heads), rnd.choice([2, 2, 3])))
        elif roll < 0.40:
            ps = [rnd.choice(ids)]
        else:
            ps = [rnd.choice(heads[-2:])]
        ids.append(rid)
        parents[rid] = ps
        deps[rid] = [rnd.choice(ids[:-1])] if len(ids) > 1 and rnd.random() < 0.15 else []
        if deps[rid] and deps[rid][0] in ps:
            deps[rid] = []
    load = ids[:]
    rnd.shuffle(load)
    return load, parents, deps


def joined(values):
    return ",".join(values) if values else "-"


def main():
    checkout = sys.argv[1]
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 20261121
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 120
    load_alembic(checkout)
    warnings.simplefilter("ignore")
    from alembic.script.revision import Revision, RevisionMap, RevisionError
    from alembic.steps import HeadMaintainer, RevisionStep

    class Script(Revision):
        module = mock.Mock()

    rnd = random.Random(seed)
    out = ["# Generated by src/test/python/alembic_corpus.py from Alembic's RevisionMap and HeadMaintainer; seed %d" % seed]
    for g in range(count):
        name = "g%03d" % g
        load, parents, deps = random_graph(rnd, chr(ord("a") + g % 26) + chr(ord("a") + g // 26))
        scripts = [Script(r, tuple(parents[r]), dependencies=tuple(deps[r]) or None) for r in load]
        m = RevisionMap(lambda: scripts)
        out.append("graph\t" + name)
        for r in load:
            line = r + ("<-" + ",".join(parents[r]) if parents[r] else "") + (" dep:" + deps[r][0] if deps[r] else "")
            out.append("rev\t" + line)
        out.append("history\t" + joined([r.revision for r in m.iterate_revisions("heads", "base", inclusive=True)]))
        everyone = list(m._revision_map[r] for r in load)

        def rows_for(picks):
            closure = set(m._get_ancestor_nodes(picks))
            return [r.revision for r in everyone if r in closure and not (set(r._all_nextrev) & {c.revision for c in closure})]

        def run(direction, rows, target):
            try:
                if direction == "upgrade":
                    revs = list(reversed(list(m.iterate_revisions(target, tuple(rows), implicit_base=True))))
                else:
                    revs = list(m.iterate_revisions(tuple(rows), target, select_for_downgrade=True))
            except RevisionError:
                return "ERROR", "-"
            except AssertionError:
                return "ASSERT", "-"
            head = HeadMaintainer(mock.Mock(), set(rows))
            try:
                for rev in revs:
                    head.update_to_step(RevisionStep(m, rev, direction == "upgrade"))
                final = joined(sorted(head.heads))
            except (AssertionError, KeyError):
                final = "?"
            return joined([r.revision for r in revs]), final

        for _ in range(3):
            rows = rows_for(rnd.sample(everyone, rnd.randint(0, 2)))
            target = rnd.choice(["heads"] + load)
            steps, final = run("upgrade", rows, target)
            out.append("\t".join(["upgrade", joined(rows), target, steps, final]))
        for _ in range(3):
            rows = rows_for(rnd.sample(everyone, rnd.randint(1, 3)))
            below = [r.revision for r in m._get_ancestor_nodes([m._revision_map[x] for x in rows])]
            target = rnd.choice(["base"] + below + [rnd.choice(load)])
            steps, final = run("downgrade", rows, target)
            out.append("\t".join(["downgrade", joined(rows), target, steps, final]))
        for _ in range(3):
            lower, upper = rnd.choice(load + [""]), rnd.choice(load + ["", "heads"])
            try:
                ids = [r.revision for r in m.iterate_revisions(upper or "heads", lower or "base", inclusive=True,
                                                               assert_relative_length=False)]
                result = joined(ids)
            except RevisionError:
                result = "ERROR"
            except AssertionError:
                result = "ASSERT"
            out.append("\t".join(["range", lower + ":" + upper, result]))
    print("\n".join(out))


if __name__ == "__main__":
    main()
