# benign: results as a dataclass with type hints (typing, dataclasses, field defaults, asdict)
# writes:
from dataclasses import asdict, dataclass, field
from typing import Dict, List, Optional


@dataclass
class RegionResult:
    region: str
    revenue: float
    top_products: List[str] = field(default_factory=list)
    note: Optional[str] = None


def summarise(frame) -> Dict[str, RegionResult]:
    results = {}
    for region, sub in frame.groupby("region"):
        top = sub.groupby("product")["revenue"].sum().nlargest(2).index.tolist()
        results[region] = RegionResult(region, round(float(sub["revenue"].sum()), 2), top)
    return results


results = summarise(sales)
print(asdict(results["North"]))
assert len(results) == 4
