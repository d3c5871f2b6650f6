"""Codes news articles with Entente under Apache Spark: each partition of JSON Lines articles goes through
`entente code -` on its worker, and the events come out as JSON Lines (the records of `entente code`, line
for line) and as Parquet partitioned by the event's month.

    spark-submit Examples/spark/code_events.py --bundle entente-bundle.tar.gz ARTICLES_DIR OUT_DIR

ARTICLES_DIR holds JSON Lines files ({"id", "date", "title", "text"} per line). The bundle (bundle.sh) is
shipped to the workers with the job (SparkContext.addArchive), so they need nothing installed.
OUT_DIR/events holds the JSON Lines, OUT_DIR/parquet the table (month=YYYY-MM, or month=undated).
With --store URL (a postgres:// URL, or a SQLite file every worker can reach), each worker also ingests its
partition's articles into the event store through `entente ingest -`: the store keeps every article once,
whatever the partitions, retries or speculative tasks.
"""
import argparse
import os
import subprocess
import sys
import threading
import time

from pyspark import SparkFiles
from pyspark.sql import SparkSession
from pyspark.sql import functions as F


def coder(bundle_name, arguments):
    """The function each partition runs: its lines into `entente code -`, the events out."""

    def code(lines):
        root = os.path.join(SparkFiles.get(bundle_name), "entente")
        process = subprocess.Popen([os.path.join(root, "entente"), "code", "-", *arguments],
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        errors = []

        # Fed from a thread of its own, so that a full pipe either way cannot stop both sides.
        def feed():
            try:
                for line in lines:
                    process.stdin.write(line.encode("utf-8") + b"\n")
            finally:
                process.stdin.close()

        def drain():
            errors.append(process.stderr.read())

        feeder, drainer = threading.Thread(target=feed), threading.Thread(target=drain)
        feeder.start()
        drainer.start()
        for event in process.stdout:
            yield event.decode("utf-8").rstrip("\n")
        feeder.join()
        drainer.join()
        if process.wait() not in (0, 3):  # 3: some input records were bad, said on standard error
            raise RuntimeError("entente code failed: " + b"".join(errors).decode("utf-8", "replace")[-2000:])

    return code


def ingester(bundle_name, store):
    """The function each partition runs with --store: its articles into `entente ingest`, the summary out."""

    def ingest(lines):
        root = os.path.join(SparkFiles.get(bundle_name), "entente")
        data = "".join(line + "\n" for line in lines).encode("utf-8")
        done = subprocess.run([os.path.join(root, "entente"), "ingest", "--quiet", "--db", store, "-"],
                              input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if done.returncode not in (0, 3):
            raise RuntimeError("entente ingest failed: " + done.stderr.decode("utf-8", "replace")[-2000:])
        yield done.stdout.decode("utf-8")

    return ingest


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", help="folder (or glob) of JSON Lines articles")
    parser.add_argument("output", help="folder for events/ (JSON Lines) and parquet/")
    parser.add_argument("--bundle", required=True, help="entente-bundle.tar.gz made by bundle.sh")
    parser.add_argument("--master", help="Spark master when not given by spark-submit, e.g. local[2]")
    parser.add_argument("--partitions", type=int, help="at least this many partitions of the input")
    parser.add_argument("--entente-arg", action="append", default=[], help="an option for entente code (repeatable), e.g. --parse")
    parser.add_argument("--store", help="also ingest the articles into this event store (postgres:// URL or SQLite file)")
    parser.add_argument("--timings", action="store_true", help="say on standard error how long each stage took")
    args = parser.parse_args()
    clock = [time.monotonic()]

    def stage(name):
        if args.timings:
            now = time.monotonic()
            print(f"{name}: {now - clock[0]:.1f} s", file=sys.stderr)
            clock[0] = now

    builder = SparkSession.builder.appName("entente-code").config("spark.ui.showConsoleProgress", "false")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    context = spark.sparkContext
    context.addArchive(args.bundle)
    bundle_name = os.path.basename(args.bundle)
    stage("Spark started, bundle added")

    articles = context.textFile(args.articles, minPartitions=args.partitions)
    events = articles.mapPartitions(coder(bundle_name, args.entente_arg)).cache()
    events.saveAsTextFile(os.path.join(args.output, "events"))
    stage("articles coded, events written as JSON Lines")

    table = spark.read.json(events)
    # The month an event counts under, as `entente dyad` counts it: its date's first day (a year alone is its January).
    month = (F.when(F.col("date").isNull(), F.lit("undated"))
             .when(F.length("date") == 4, F.concat(F.col("date"), F.lit("-01")))
             .otherwise(F.substring("date", 1, 7)))
    table.withColumn("month", month).write.partitionBy("month").parquet(os.path.join(args.output, "parquet"))
    stage("events read as a table, written as Parquet")
    if args.store:
        for summary in articles.mapPartitions(ingester(bundle_name, args.store)).collect():
            print(summary, end="", file=sys.stderr)
        stage("articles ingested into the store")
    spark.stop()
    stage("Spark stopped")


if __name__ == "__main__":
    main()
