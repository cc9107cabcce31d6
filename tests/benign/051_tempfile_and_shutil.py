# benign: a scratch file from tempfile, a backup copy with shutil, a scratch folder removed again
# writes: backup/summary.csv
import os
import shutil
import tempfile

summary = sales.groupby("region")[["units", "revenue"]].sum()
with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as handle:
    summary.to_csv(handle)
    scratch = handle.name
os.makedirs("backup", exist_ok=True)
shutil.copy(scratch, os.path.join("backup", "summary.csv"))
os.remove(scratch)
os.makedirs("tmp_work/a", exist_ok=True)
shutil.rmtree("tmp_work")
print(os.path.exists("tmp_work"), os.path.getsize(os.path.join("backup", "summary.csv")) > 0)
