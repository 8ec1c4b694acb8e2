"""Run statfacts over many documents on a Dask cluster (see extract/distributed.py).

    # a LocalCluster on this machine, into SQLite
    python bench/distributed_example.py seeds/ --db data.db --workers 2

    # an existing cluster, into PostgreSQL (facts loaded with COPY); the files must be readable
    # by the workers at the same paths
    python bench/distributed_example.py /shared/news --db postgresql://user:pw@host/statfacts \\
        --scheduler tcp://scheduler:8786

    # no database: the FACTS.md rows as Parquet (one file per partition)
    python bench/distributed_example.py seeds/ --parquet out/facts/

Needs `pip install 'statfacts[dist]'` (and `[pg]` for PostgreSQL) on the driver and the workers.
"""

from __future__ import annotations

import argparse
import sys
import time


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="+", help="files and folders (recursive)")
    parser.add_argument("--db", help="SQLite file or SQLAlchemy URL to load the facts into")
    parser.add_argument("--parquet", help="write the facts as Parquet here instead of into a database")
    parser.add_argument("--scheduler", help="address of an existing Dask scheduler (default: a LocalCluster)")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes")
    parser.add_argument("--partition-mb", type=float, default=4.0, help="input per task (MB)")
    args = parser.parse_args(argv)
    if not args.db and not args.parquet:
        parser.error("give --db or --parquet")

    from dask.distributed import Client, LocalCluster

    from extract.distributed import facts_frame, run_distributed

    partition_bytes = int(args.partition_mb * 1024 * 1024)
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    started = time.perf_counter()
    try:
        if args.parquet:
            frame = facts_frame(args.paths, partition_bytes=partition_bytes)
            frame.to_parquet(args.parquet, write_index=False)
            print(f"facts written to {args.parquet} in {time.perf_counter() - started:.1f} s")
            return 0
        summary = run_distributed(args.paths, args.db, client=client, partition_bytes=partition_bytes)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    seconds = time.perf_counter() - started
    print(
        f"documents read {summary.documents_read}: stored {summary.documents_stored}, "
        f"unchanged {summary.documents_unchanged}, failed {summary.documents_failed}; "
        f"facts stored {summary.facts_stored}; {summary.chars / max(seconds, 1e-9) / 1e6:.2f} M chars/s"
    )
    for path, reason in summary.failures:
        print(f"  failed: {path}: {reason}")
    return 0 if summary.ok else 1


if __name__ == "__main__":
    sys.exit(main())
