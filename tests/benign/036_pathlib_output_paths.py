# benign: pathlib for output paths: a figures folder, savefig to a Path, a notes file via write_text
# writes: figures/revenue_by_month.png notes.md
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

out = Path("figures")
out.mkdir(exist_ok=True)
monthly = sales.assign(month=pd.to_datetime(sales["date"]).dt.to_period("M")).groupby("month")["revenue"].sum()
fig, ax = plt.subplots(figsize=(6, 3))
monthly.plot(ax=ax)
fig.savefig(out / "revenue_by_month.png", dpi=80)
plt.close(fig)
notes = Path("notes.md")
notes.write_text(f"# Notes\n\n{len(monthly)} months, best: {monthly.idxmax()}\n", encoding="utf-8")
print(notes.read_text(encoding="utf-8").splitlines()[2], (out / "revenue_by_month.png").stat().st_size > 0)
