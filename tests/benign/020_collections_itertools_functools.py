# benign: Counter, defaultdict, namedtuple, itertools and functools helpers
# writes:
import collections
import functools
import itertools
import operator

counts = collections.Counter(sales["product"])
print(counts.most_common(3))
by_region = collections.defaultdict(list)
for region, units in zip(sales["region"], sales["units"]):
    by_region[region].append(units)
print({k: sum(v) for k, v in sorted(by_region.items())})
Sale = collections.namedtuple("Sale", "region product units")
first = Sale(*sales[["region", "product", "units"]].iloc[0])
print(first, first.units)
print(list(itertools.combinations(sorted(regions["region"]), 2)))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
for key, group in itertools.groupby(sorted(sales["channel"])):
    print(key, len(list(group)))
print(functools.reduce(operator.add, sales["units"].head(10)))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), functools.partial(round, ndigits=1)(3.14159))
print(collections.OrderedDict(sorted(counts.items())), collections.deque([1, 2, 3], maxlen=2))
