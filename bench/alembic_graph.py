#!/usr/bin/env python3
"""The reference point for bench/graph.sh: Alembic's own RevisionMap on the same graph shape.

Usage: bench/alembic_graph.py ALEMBIC_CHECKOUT [sizes...]   (default 2000 5000 10000)

Builds a chain with a branch into two chains and a merge every 50 revisions (as
LargeGraphs.branchAndMerge does), then times RevisionMap construction and the full upgrade
order (iterate_revisions("heads", "base")). SQLAlchemy is not needed: the loader of
migrate-engine/src/test/python/alembic_corpus.py shims the helpers revision.py uses.
"""
import importlib.util
import os
import sys
import time
import warnings

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "alembic_corpus", os.path.join(here, "..", "migrate-engine", "src", "test", "python", "alembic_corpus.py"))
corpus = importlib.util.module_from_spec(spec)
spec.loader.exec_module(corpus)


def shape(revision, size, period=50):
    revs = []
    side = (period - 2) // 2

    def add(parents):
        n = len(revs)
        rid = "%05x%07x" % (n, (n * 0x9E3779B97F4A7C15 >> 36) & 0xFFFFFFF)
        revs.append(revision(rid, tuple(parents) or None))
        return rid

    tip = add([])
    while len(revs) < size:
        if len(revs) % period == 1 and size - len(revs) >= 2 * side + 1:
            left = right = tip
            for _ in range(side):
                left = add([left])
            for _ in range(side):
                right = add([right])
            tip = add([left, right])
        else:
            tip = add([tip])
    return revs


def main():
    corpus.load_alembic(sys.argv[1])
    warnings.simplefilter("ignore")
    from alembic.script.revision import Revision, RevisionMap
    print("| Revisions | Build map (ms) | Upgrade order, base to heads (ms) |")
    print("|---:|---:|---:|")
    for size in [int(s) for s in sys.argv[2:]] or [2000, 5000, 10000]:
        revs = shape(Revision, size)
        start = time.perf_counter()
        revision_map = RevisionMap(lambda: revs)
        revision_map.heads
        built = time.perf_counter()
        ordered = list(revision_map.iterate_revisions("heads", "base", implicit_base=True))
        done = time.perf_counter()
        assert len(ordered) == size
        print("| {:,} | {:.0f} | {:.0f} |".format(size, (built - start) * 1000, (done - built) * 1000))


if __name__ == "__main__":
    main()
