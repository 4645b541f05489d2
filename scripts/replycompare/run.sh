#!/usr/bin/env bash
# Compares Cartero's reply splitter with Discourse's email_reply_trimmer
# (Ruby, Debian package ruby-email-reply-trimmer) and the npm package
# email-reply-parser on the reply corpus, with the same input and the same
# normalization, and prints a table of exact-match rates.
#
#   bash scripts/replycompare/run.sh [OUTDIR]
#
# Installs what is missing (apt-get needs root; the npm package goes to a
# temporary folder). OUTDIR keeps every input and output for inspection;
# a temporary folder is used when it is not given.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$(mktemp -d)}
mods=$(mktemp -d)
trap 'rm -rf "$mods"' EXIT

if ! command -v ruby >/dev/null || ! ruby -e "require 'email_reply_trimmer'" 2>/dev/null; then
	apt-get update -qq
	apt-get install -y -qq ruby ruby-email-reply-trimmer >/dev/null
fi
if ! command -v node >/dev/null; then
	apt-get update -qq
	apt-get install -y -qq nodejs npm >/dev/null
fi
(cd "$mods" && npm init -y >/dev/null 2>&1 && npm install --silent --no-audit --no-fund email-reply-parser >/dev/null 2>&1)

cd "$root"
go run -tags replycompare ./scripts/replycompare export "$out"
ruby "$here/trim.rb" "$out"
node "$here/parse.mjs" "$out" "$mods/node_modules"

trimmer=$(dpkg-query -W -f='${Version}' ruby-email-reply-trimmer 2>/dev/null || echo "?")
parser=$(node -p "require('$mods/node_modules/email-reply-parser/package.json').version")
echo "email_reply_trimmer $trimmer (Debian package), email-reply-parser $parser (npm), $(ruby -v | cut -d' ' -f1-2), node $(node -v)"
echo
go run -tags replycompare ./scripts/replycompare score "$out"
echo
echo "inputs and outputs: $out"
