"""Schemathesis hooks for scripts/contract-test.sh: a PDF body (the dispute
evidence upload, POST /v1/documents) is sent as raw bytes, like the photo
uploads."""

import schemathesis

schemathesis.serializer.alias("application/pdf", "application/octet-stream")
