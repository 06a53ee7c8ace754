#!/bin/sh
# Search recall for English/Korean term pairs: how many public entries each term finds (GET /api/v1/search).
# Usage: recall.sh http://localhost:8302   (a server with the demo knowledge base)
base=${1:-http://localhost:8080}
dir=$(dirname "$0")
printf '| English | finds | Korean | finds |\n|---|---|---|---|\n'
while IFS='	' read -r en ko; do
  n() { curl -s -G "$base/api/v1/search" --data-urlencode "q=$1" --data-urlencode limit=1 | python3 -c 'import json,sys
try: print(json.load(sys.stdin)["total"])
except Exception: print("?")'; }
  printf '| %s | %s | %s | %s |\n' "$en" "$(n "$en")" "$ko" "$(n "$ko")"
done < "$dir/recall-pairs.tsv"
