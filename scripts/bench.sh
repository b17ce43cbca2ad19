#!/usr/bin/env bash
# The requests benchmark (not a test): builds the portal and the load generator with the server
# profile, then loads 100 000 requests of 1 000 citizens and prints the rate and p50/p99 latency
# of filing, listing and a 5 MB upload, and the server's peak memory during 20 uploads of 20 MB
# at once. The portal runs as its own process on loopback; the load comes from this one.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --profile server -p server -p bench
exec target/server/bench
