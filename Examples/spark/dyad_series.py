"""Each pair's monthly series from the Parquet that code_events.py writes, counted as `entente dyad` counts
the event store: one event per identity (date, source, target, CAMEO code, modality; an undated event only
within its article), dated events only, the source and target each an actor code prefix or a country.

    spark-submit Examples/spark/dyad_series.py OUT_DIR/parquet RUS UKR [USA CHN ...]

Prints, per pair, the CSV of `entente dyad A B --format csv`: period,events,q1,q2,q3,q4,goldstein_sum,goldstein_mean.
"""
import argparse

from pyspark.sql import SparkSession
from pyspark.sql import functions as F


def matches(side, actor):
    return F.col(f"{side}.code").startswith(actor) | (F.col(f"{side}.country") == actor)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parquet", help="the parquet folder code_events.py wrote")
    parser.add_argument("actors", nargs="+", help="pairs of actors: SOURCE TARGET [SOURCE TARGET ...]")
    parser.add_argument("--master", help="Spark master when not given by spark-submit, e.g. local[2]")
    args = parser.parse_args()
    if len(args.actors) % 2:
        parser.error("actors come in pairs")

    builder = SparkSession.builder.appName("entente-dyads").config("spark.ui.showConsoleProgress", "false")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    events = spark.read.parquet(args.parquet)
    identity = F.concat_ws("|", F.coalesce(F.col("date"), F.concat(F.lit("?"), F.col("article"))), F.col("source.code"),
                           F.coalesce(F.col("target.code"), F.lit("")), F.col("code"), F.col("modality"))
    distinct = events.withColumn("identity", identity).dropDuplicates(["identity"]).where(F.col("date").isNotNull()).cache()

    for source, target in zip(args.actors[::2], args.actors[1::2]):
        pair = distinct.where(matches("source", source) & matches("target", target))
        rows = (pair.groupBy("month")
                .agg(F.count(F.lit(1)).alias("events"),
                     *[F.sum((F.col("quad_class") == q).cast("int")).alias(f"q{q}") for q in (1, 2, 3, 4)],
                     F.sum("goldstein").alias("goldstein_sum"))
                .orderBy("month").collect())
        print(f"# {source} {target}")
        print("period,events,q1,q2,q3,q4,goldstein_sum,goldstein_mean")
        for r in rows:
            print(f"{r.month},{r.events},{r.q1},{r.q2},{r.q3},{r.q4},{r.goldstein_sum:.1f},{r.goldstein_sum / r.events:.2f}")
    spark.stop()


if __name__ == "__main__":
    main()
