"""Run ``zhpolicy batch``'s unit of work on Dask: one JSON line per document, on every worker of a cluster.

    python -m pip install "zhpolicy[dask]"
    python examples/dask_batch.py [INPUT…] [--out DIR] [--scheduler ADDRESS]

Without ``--scheduler`` it starts a local cluster (two worker processes); with it, it connects to yours. The work
is :func:`zhpolicy.batch.parse_file` — a plain, picklable function of a path — mapped over a ``dask.bag``; Dask
handles scheduling, retries and spreading files over machines, zhpolicy only parses.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import dask.bag as db
from dask.distributed import Client, LocalCluster

from zhpolicy.batch import expand_inputs, parse_file

HERE = Path(__file__).resolve().parent


def run(paths: list[str], out_dir: Path, client: Client) -> list[Path]:
    """Parse ``paths`` on ``client``'s cluster; write ``out_dir/part-*.jsonl``; return the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    bag = db.from_sequence(paths, npartitions=max(1, min(len(paths), 8)))
    lines = bag.map(parse_file).map(lambda record: json.dumps(record, ensure_ascii=False))
    written = lines.to_textfiles(str(out_dir / "part-*.jsonl"), encoding="utf-8", compute=False)
    client.compute(written, sync=True)
    return sorted(out_dir.glob("part-*.jsonl"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*", default=[str(HERE)], help="files, directories or globs")
    ap.add_argument("--out", type=Path, default=None, help="output folder (default: a temporary one)")
    ap.add_argument("--scheduler", default=None, help="address of an existing Dask scheduler")
    args = ap.parse_args()
    paths = [str(p) for p in expand_inputs(args.inputs)]
    out = args.out
    if out is None:
        import tempfile

        out = Path(tempfile.mkdtemp(prefix="zhpolicy-dask-"))
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None)
        client = Client(cluster)
    with client:
        files = run(paths, out, client)
    records = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    for record in records:
        print(record["path"], "ok" if record["ok"] else record["error"])


if __name__ == "__main__":
    main()
