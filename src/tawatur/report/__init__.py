"""Report stage: analysis.json, events.csv (ACLED columns), events.geojson and report.html.

``write_outputs(analysis, out_dir, formats)`` writes the chosen files; the HTML panels are Jinja2
partials over the view-model of :func:`tawatur.report.view.build_view`, shared with the web app.
"""
from __future__ import annotations

from pathlib import Path

from ..model import Analysis

FORMATS = ("json", "csv", "geojson", "html")


def write_outputs(analysis: Analysis, out_dir: Path, formats: list[str]) -> list[Path]:
    """Write each requested format into ``out_dir`` (created if missing); returns the paths written."""
    from .csv_out import write_csv
    from .html_out import write_html
    from .json_out import write_analysis_json, write_geojson

    bad = [f for f in formats if f not in FORMATS]
    if bad:
        raise ValueError(f"unknown format(s) {', '.join(bad)}; choose among {', '.join(FORMATS)}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for fmt in dict.fromkeys(formats):
        if fmt == "json":
            written.append(write_analysis_json(analysis, out_dir / "analysis.json"))
        elif fmt == "csv":
            written.append(write_csv(analysis, out_dir / "events.csv"))
        elif fmt == "geojson":
            written.append(write_geojson(analysis, out_dir / "events.geojson"))
        else:
            written.append(write_html(analysis, out_dir / "report.html"))
    return written


__all__ = ["FORMATS", "write_outputs"]
