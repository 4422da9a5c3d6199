"""A storage of the tests' own that keeps nothing: ``python tests/_storage_server.py``.

It answers what a direct upload sends (``getUploadUrl``, the ``PUT`` of each file to the URL
it gave, the cloud import, an empty asset list) and counts the bytes it received
(``GET /stats``). It runs in a process of its own, so that measuring the client's memory
(``tracemalloc``) sees the client alone. It prints its base URL (``.../v2``) on its first
line, then serves until killed.
"""

from __future__ import annotations

import socket
import sys

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

received = {"bytes": 0, "puts": 0, "imported": 0}


async def upload_url(request: Request) -> Response:
    root = str(request.base_url).rstrip("/")
    url = f"{root}/put/{request.query_params['name']}?signature=s"
    return JSONResponse({"status": "success", "data": {"uploadUrl": url}})


async def put(request: Request) -> Response:
    async for chunk in request.stream():
        received["bytes"] += len(chunk)
    received["puts"] += 1
    return Response(status_code=200)


async def cloud(request: Request) -> Response:
    body = await request.json()
    received["imported"] += len(body["assets"])
    return JSONResponse({"status": "success", "data": {"assets": {"assetsCreated": len(body["assets"])}}})


async def assets(request: Request) -> Response:
    return JSONResponse({"status": "success", "data": {"assets": [], "total": 0}})


async def stats(request: Request) -> Response:
    return JSONResponse(received)


app = Starlette(
    routes=[
        Route("/v2/getUploadUrl", upload_url),
        Route("/put/{name}", put, methods=["PUT"]),
        Route("/v2/project/{project}/cloud", cloud, methods=["POST"]),
        Route("/v2/project/{project}/assets", assets),
        Route("/stats", stats),
    ]
)

if __name__ == "__main__":
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    print(f"http://127.0.0.1:{sock.getsockname()[1]}/v2", flush=True)
    uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off")).run(sockets=[sock])
    sys.exit(0)
