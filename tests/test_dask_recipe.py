"""The Dask recipe (examples/dask_batch.py) on a local cluster gives what the batch command gives."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from zhpolicy.batch import parse_file

distributed = pytest.importorskip("dask.distributed")

RECIPE = Path(__file__).resolve().parents[1] / "examples" / "dask_batch.py"


def test_dask_recipe_on_a_local_cluster(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("dask_batch", RECIPE)
    assert spec is not None and spec.loader is not None
    recipe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(recipe)
    paths = []
    for i in range(4):
        p = tmp_path / f"doc{i}.txt"
        p.write_text(f"关于做好20{10 + i}年医改工作的通知\n（一）加强领导。\n", encoding="utf-8")
        paths.append(str(p))
    paths.append(str(tmp_path / "missing.txt"))
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        files = recipe.run(paths, tmp_path / "out", client)
    records = {r["path"]: r for f in files for r in map(json.loads, f.read_text(encoding="utf-8").splitlines())}
    assert records == {p: parse_file(p) for p in paths}
