"""The cost per figure of ``find_quantities`` on number-dense text (the 1 MB text of
tests/test_numbers.py: 25,000 figures).

    python benchmarks/bench_dense.py            # CPU seconds, best and median of 5
    python benchmarks/bench_dense.py --once N   # read N copies once (for a profiler)

Seconds on a shared machine vary by 2x from run to run; instructions do not. To count them:

    valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/bench_dense.py --once 0
    valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/bench_dense.py --once 2500

and divide the difference in "Collected" instructions by 2,500.
"""

from __future__ import annotations

import statistics
import sys
import time

from crosscheck.extract.numbers import find_quantities

SENTENCE = "Pakistan expelled 80,000 Afghans on Sunday. "


def main(argv: list[str]) -> None:
    find_quantities(SENTENCE * 50)  # warm up: imports, lexicons
    if argv[:1] == ["--once"]:
        copies = int(argv[1])
        if copies:
            find_quantities(SENTENCE * copies)
        return
    text = SENTENCE * 25_000
    runs = []
    for _ in range(5):
        t0 = time.process_time()
        found = find_quantities(text)
        runs.append(time.process_time() - t0)
    print(f"1 MB, {len(found):,} figures: best {min(runs):.2f} s, median {statistics.median(runs):.2f} s "
          f"of CPU ({min(runs) / len(found) * 1e6:.1f} us per figure at best)")


if __name__ == "__main__":
    main(sys.argv[1:])
