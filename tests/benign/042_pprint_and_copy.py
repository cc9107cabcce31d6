# benign: pretty-print a nested settings dict and vary a deep copy of it
# writes:
import copy
import pprint

settings = {"regions": {"North": {"target": 400000, "channels": ["online", "store"]}},
            "filters": {"min_units": 1}}
variant = copy.deepcopy(settings)
variant["regions"]["North"]["channels"].append("partner")
pprint.pprint(settings, width=60)
pprint.pprint(variant["regions"]["North"]["channels"])
assert settings["regions"]["North"]["channels"] == ["online", "store"]
print(copy.copy(sales.head(2)).shape)
