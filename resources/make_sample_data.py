#!/usr/bin/env python3
"""Writes Sandbench's sample dataset: OUTDIR/sales.csv and OUTDIR/regions.csv.

Usage: make_sample_data.py OUTDIR

Standard library only, because it runs at build time with whatever Python CMake found. The output
is byte-identical on every run (fixed seed, integer-cent arithmetic, fixed line endings), so
rebuilds do not churn and tests may rely on exact values.
"""

import csv
import datetime
import os
import random
import sys

SEED = 20261121
YEAR = 2025

REGIONS = ["North", "South", "East", "West"]
# Region price levels in percent: gives the groupby in the example something to show.
REGION_PRICE_PERCENT = {"North": 100, "South": 92, "East": 108, "West": 104}
# Product name -> list price in cents (integers, so revenue has no float rounding surprises).
PRODUCTS = {
    "Widget": 1299,
    "Gadget": 2450,
    "Gizmo": 899,
    "Doohickey": 4999,
    "Sprocket": 375,
    "Thingamajig": 12900,
}
CHANNELS = ["online", "store", "partner"]
CHANNEL_WEIGHTS = [5, 4, 1]

REGION_MANAGERS = [
    # region, manager, yearly revenue target
    ("North", "Ana Lima", 400000),
    ("South", "Ben Okafor", 300000),
    ("East", "Chen Wei", 450000),
    ("West", "Dana Novak", 380000),
]


def cents(value):
    """Formats integer cents as a 2-decimal string without going through float."""
    return f"{value // 100}.{value % 100:02d}"


def sales_rows(rng):
    day = datetime.date(YEAR, 1, 1)
    end = datetime.date(YEAR + 1, 1, 1)
    while day < end:
        # About 5.5 rows a day on average: ~2,000 rows for the year.
        for _ in range(rng.randint(3, 8)):
            region = rng.choice(REGIONS)
            product = rng.choice(list(PRODUCTS))
            channel = rng.choices(CHANNELS, weights=CHANNEL_WEIGHTS)[0]
            units = rng.randint(1, 40)
            # Price varies by region and +/-10% per sale (discounts, promotions).
            price = PRODUCTS[product] * REGION_PRICE_PERCENT[region] // 100
            price = price * rng.randint(90, 110) // 100
            unit_price = cents(price)
            revenue = cents(units * price)
            # A few gaps so analysts meet NaN handling: a missing price also leaves revenue
            # unknown; a missing revenue alone can be recomputed from units * unit_price.
            gap = rng.random()
            if gap < 0.006:
                unit_price, revenue = "", ""
            elif gap < 0.012:
                revenue = ""
            yield [day.isoformat(), region, product, units, unit_price, revenue, channel]
        day += datetime.timedelta(days=1)


def write_csv(path, header, rows):
    # Write beside the target and rename, so an interrupted build never leaves a half file that
    # the build tool would treat as up to date.
    tmp = path + ".tmp"
    with open(tmp, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    os.replace(tmp, path)


def main(argv):
    if len(argv) != 2:
        print(f"usage: {os.path.basename(argv[0])} OUTDIR", file=sys.stderr)
        return 2
    outdir = argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(SEED)
    write_csv(
        os.path.join(outdir, "sales.csv"),
        ["date", "region", "product", "units", "unit_price", "revenue", "channel"],
        sales_rows(rng),
    )
    write_csv(os.path.join(outdir, "regions.csv"), ["region", "manager", "target"], REGION_MANAGERS)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
