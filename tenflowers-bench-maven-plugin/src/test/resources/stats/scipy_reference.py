"""Reference p-values for RankSumTestTest, from SciPy (Debian's python3-scipy).

Run: python3 scipy_reference.py   (prints the Java arrays pasted into RankSumTestTest)
"""
import scipy
from scipy.stats import mannwhitneyu

CASES = [
    # (name, x, y, method)
    ("separated5x5", [1, 2, 3, 4, 5], [6, 7, 8, 9, 10], "exact"),
    ("interleaved5x5", [1, 3, 5, 7, 9], [2, 4, 6, 8, 10], "exact"),
    ("unequal4x6", [10.5, 11.2, 9.8, 10.1], [12.0, 12.4, 11.9, 13.1, 12.2, 12.8], "exact"),
    ("forks8x8", [7219, 7882, 8405, 8012, 7750, 7990, 8120, 7600],
                 [6101, 6500, 6320, 6650, 7010, 6200, 6444, 6890], "exact"),
    ("ties6x6", [1, 2, 2, 3, 3, 3], [2, 3, 4, 4, 5, 5], "asymptotic"),
    ("ties8x7", [0.5, 0.5, 0.7, 0.9, 1.1, 1.1, 1.2, 1.4], [1.1, 1.3, 1.4, 1.6, 1.6, 1.8, 2.0], "asymptotic"),
]

print("// SciPy", scipy.__version__, "mannwhitneyu(x, y, alternative='two-sided', method=..., use_continuity=True)")
for name, x, y, method in CASES:
    r = mannwhitneyu(x, y, alternative="two-sided", method=method, use_continuity=True)
    print(f'{name}: U = {r.statistic!r}, p = {r.pvalue!r}  ({method})')
