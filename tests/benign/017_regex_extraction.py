# benign: regular expressions with str.extract, str.contains and the re module
# writes:
import re

import pandas as pd

codes = sales["product"].str.upper().str[:3] + "-" + sales["units"].astype(str) + "/" + sales["region"].str.lower()
parts = codes.str.extract(r"^(?P<prefix>[A-Z]{3})-(?P<qty>\d+)/(?P<region>\w+)$")
print(parts.head())
print(parts["prefix"].value_counts())
print(sales["product"].str.contains(r"^G", regex=True).sum(), "products starting with G")
pattern = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
year, month, day = pattern.match(str(sales["date"].iloc[0])).groups()  # a date or its text
print(year, month, day)
print(re.sub(r"\s+", " ", "  too   many    spaces  ").strip())
print(re.findall(r"[A-Z][a-z]+", " ".join(regions["manager"])))
