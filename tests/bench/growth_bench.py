#!/usr/bin/env python3
"""The growth benchmark (docs/fuzzing.md, "Growth"): each construction of make_hostile_page.py,
its size knob doubled four times, through `warta-cli extract --json`; for every step the wall
time, the CPU time (user + system, what the machine's other load does not inflate), the peak
resident memory of the process, and the growth factor of the CPU time and the memory over the
step before. A growth factor near 2 is linear in the knob; near 4, quadratic.

  growth_bench.py WARTA_CLI [--family NAME ...] [--steps 5] [--largest]

--largest  instead of doubling, one page per family as close to the 64 MB file limit as the
           construction goes, to check that each extracts or is refused within 10 s and 1 GiB.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_hostile_page  # noqa: E402

# The first size of each family: large enough that the process start-up does not dominate.
BASES = {'formatting': 125, 'attributes': 32, 'depth': 5000, 'quotes': 1000, 'paragraphs': 10000}
# Sizes that bring each page near 64 MB (or as far as the construction can go under it).
LARGEST = {'formatting': 690000, 'attributes': 2_500_000, 'depth': 4_900_000, 'quotes': 1_250_000,
           'paragraphs': 240000}
LIMIT_BYTES = 64 * 1024 * 1024


def run(cli, path):
    start = time.monotonic()
    with open(os.devnull, 'wb') as devnull:
        process = subprocess.Popen([cli, 'extract', '--json', path], stdout=devnull, stderr=subprocess.PIPE)
        err = process.stderr.read().decode('utf-8', 'replace')
        _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    return {'wall': wall, 'cpu': usage.ru_utime + usage.ru_stime, 'peak_mb': usage.ru_maxrss / 1024.0,
            'code': code, 'error': err.strip().split(': ', 2)[-1] if code else ''}


def page(family, size, folder):
    path = os.path.join(folder, f'{family}-{size}.html')
    with open(path, 'wb') as out:
        out.write(make_hostile_page.FAMILIES[family](size).encode('utf-8'))
    return path


def outcome(result):
    if result['code'] == 0:
        return 'extracted'
    return f"refused ({result['code']})"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('cli')
    parser.add_argument('--family', action='append', choices=sorted(BASES))
    parser.add_argument('--steps', type=int, default=5)
    parser.add_argument('--largest', action='store_true')
    args = parser.parse_args()
    families = args.family or list(BASES)
    print('| family | size | page | outcome | wall s | CPU s | peak MB | CPU growth | memory growth |')
    print('| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |')
    worst = 1.0
    with tempfile.TemporaryDirectory() as folder:
        for family in families:
            sizes = [LARGEST[family]] if args.largest else [BASES[family] << i for i in range(args.steps)]
            previous = None
            for size in sizes:
                path = page(family, size, folder)
                megabytes = os.path.getsize(path) / 1048576.0
                result = run(args.cli, path)
                os.remove(path)
                growth = memory = ''
                if previous and previous['cpu'] > 0.05:
                    factor = result['cpu'] / previous['cpu']
                    growth = f'{factor:.2f}×'
                    if previous['code'] == 0 and result['code'] == 0:
                        worst = max(worst, factor)
                if previous:
                    memory = f"{result['peak_mb'] / previous['peak_mb']:.2f}×"
                print(f"| {family} | {size:,} | {megabytes:.2f} MB | {outcome(result)} | {result['wall']:.2f} | "
                      f"{result['cpu']:.2f} | {result['peak_mb']:.0f} | {growth} | {memory} |", flush=True)
                if result['error']:
                    print(f'|  |  |  | {result["error"][:160]} |  |  |  |  |  |', flush=True)
                previous = result
    if not args.largest:
        print(f'\nlargest CPU growth per doubling between pages that both extracted: {worst:.2f}×')
    return 0


if __name__ == '__main__':
    sys.exit(main())
