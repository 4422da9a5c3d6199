"""Parsing one page of 1,000 tasks with answers: the client's share of a list call.

Compares the pipeline's parse (one JSON decode) with decoding the body once more, as the
client did before 0.1 (a check for ``status: fail`` on every body). Target: under 150 ms.
"""

from __future__ import annotations

import json
import sys

import httpx
from _common import best_of, report

from ango_hub import Client
from ango_hub_api.api.tasks import list_tasks

TARGET_SECONDS = 0.150


def page_body(count: int = 1000) -> bytes:
    box = {"schemaId": "vehicle", "objectId": "o", "bounding-box": {"x": 1, "y": 2, "width": 3, "height": 4}}
    answer = {"objects": [box] * 5, "classifications": [{"schemaId": "c", "answer": "a"}], "relations": []}
    tasks = [
        {
            "_id": f"{i:024x}",
            "project": "p" * 24,
            "asset": "a" * 24,
            "stage": "Label",
            "status": "TODO",
            "answer": answer,
        }
        for i in range(count)
    ]
    return json.dumps({"status": "success", "data": {"tasks": tasks, "total": count}}).encode()


def main() -> int:
    body = page_body()
    hub = Client(api_key="k", base_url="http://127.0.0.1:9/v2")
    request = httpx.Request("GET", "http://127.0.0.1:9/v2/project/p/tasks")

    def response() -> httpx.Response:
        return httpx.Response(
            200, content=body, headers={"content-type": "application/json"}, request=request
        )

    def parse_once() -> None:
        hub._parse(response(), list_tasks._parse_response)

    def parse_with_extra_decode() -> None:
        answer = response()
        answer.json()
        hub._parse(answer, list_tasks._parse_response)

    rows = []
    best, median = best_of(10, parse_once)
    rows.append(("1,000-task page, client parse", best, median, f"{len(body) / 1e6:.1f} MB body"))
    extra_best, extra_median = best_of(10, parse_with_extra_decode)
    rows.append(("same, plus a second JSON decode", extra_best, extra_median, f"{extra_best - best:+.3f} s"))
    report(rows)
    return 0 if best <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
