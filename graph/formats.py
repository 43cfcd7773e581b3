"""The views and file formats of ``dipgraph export``, named without importing networkx.

>>> FORMATS
('graphml', 'gexf', 'csv', 'json')
"""

from __future__ import annotations

from typing import Literal, get_args

View = Literal["meetings", "people"]
Format = Literal["graphml", "gexf", "csv", "json"]
FORMATS: tuple[Format, ...] = get_args(Format)
