# benign: the csv module over in-memory text and the statistics module
# writes:
import csv
import statistics

lines = sales.head(200).to_csv(index=False).splitlines()
rows = list(csv.DictReader(lines))
units = [int(r["units"]) for r in rows]
print(len(rows), "rows")
print("mean", statistics.mean(units), "median", statistics.median(units))
print("stdev", round(statistics.stdev(units), 3), "quartiles", statistics.quantiles(units, n=4))
print("mode", statistics.mode(r["region"] for r in rows))
reader = csv.reader(["a;b;c", "1;2;3"], delimiter=";")
print([row for row in reader])


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


sink = Collect()
writer = csv.writer(sink)
writer.writerow(["region", "units"])
writer.writerows([[r["region"], r["units"]] for r in rows[:3]])
print("".join(sink.parts))
print(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]))
