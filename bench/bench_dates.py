"""Time find_dates over the bundled main article (raw Markdown, links reduced to their text)."""
import re, statistics, time
from quizapp.paths import SOURCES
from quizapp.timeline.dates import find_dates
from quizapp.timeline import eras

text = (SOURCES / "外蒙古独立.md").read_text(encoding="utf-8")
clean = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
t = time.perf_counter(); eras.lookup("康熙"); load = time.perf_counter() - t
for name, body in (("raw", text), ("links-stripped", clean)):
    runs = []
    for _ in range(30):
        t = time.perf_counter(); found = find_dates(body); runs.append(time.perf_counter() - t)
    print(f"{name}: {len(body)} chars, {len(found)} dates, median {statistics.median(runs)*1000:.1f} ms, max {max(runs)*1000:.1f} ms")
print(f"era table first load: {load*1000:.1f} ms")
