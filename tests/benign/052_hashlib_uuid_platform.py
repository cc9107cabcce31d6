# benign: a checksum of the input file, a run id, and the platform in a provenance note
# writes: provenance.txt
import hashlib
import platform
import uuid

digest = hashlib.sha256(open("{DATA_DIR}/sales.csv", "rb").read()).hexdigest()
run_id = uuid.uuid4().hex[:8]
with open("provenance.txt", "w") as f:
    f.write(f"run {run_id}\ninput sha256 {digest}\npython {platform.python_version()}\n")
print(len(digest), len(run_id), platform.system())
