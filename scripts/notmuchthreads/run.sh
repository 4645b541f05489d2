#!/usr/bin/env bash
# Records how notmuch groups the shared notmuch corpora into threads, as
# the golden files that thread/notmuch_test.go compares thread.Build with.
#
#   bash scripts/notmuchthreads/run.sh [CORPORA [OUTDIR]]
#
# CORPORA is the folder holding the corpora (default ../shared/corpora/notmuch
# beside the checkout), OUTDIR where the golden files go (default
# thread/testdata/notmuch). Installs notmuch and jq from Debian when they
# are missing (apt-get needs root). Each corpus is copied to a temporary
# folder, so that notmuch's database is never written into the corpora.
#
# Golden format: comment lines start with '#'; then one paragraph per
# thread, holding the thread's Message-IDs (without angle brackets, as
# notmuch prints them), one a line, sorted; paragraphs are sorted by their
# first line. A message without a Message-ID is named as notmuch names it,
# "notmuch-sha1-" followed by the SHA-1 of the file.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
corpora=${1:-$root/../shared/corpora/notmuch}
out=${2:-$root/thread/testdata/notmuch}
corpora=$(cd "$corpora" && pwd)

if ! command -v notmuch >/dev/null || ! command -v jq >/dev/null; then
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq notmuch jq >/dev/null
fi
version=$(notmuch --version)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

for corpus in default lkml threading broken duplicate attachment html mangling; do
	rm -rf "$work/mail"
	cp -r "$corpora/$corpus" "$work/mail"
	cat >"$work/config" <<CONFIG
[database]
path=$work/mail
[user]
name=Cartero
primary_email=cartero@example.org
[new]
tags=
[maildir]
synchronize_flags=false
CONFIG
	export NOTMUCH_CONFIG="$work/config"
	# notmuch (through GMime) complains on stderr about some MIME parts of
	# these corpora; that is noise here, unless notmuch new fails.
	if ! notmuch new --quiet 2>"$work/new.log"; then
		cat "$work/new.log" >&2
		exit 1
	fi
	files=$(find "$work/mail" -path "$work/mail/.notmuch" -prune -o -type f -print | wc -l)
	messages=$(notmuch count '*')
	threads=$(notmuch count --output=threads '*')
	{
		echo "# $version: notmuch new, then notmuch search --output=messages thread:X for"
		echo "# every thread of notmuch search --output=threads '*'."
		echo "# corpus $corpus: $files files, $messages messages, $threads threads."
		echo "# Written by scripts/notmuchthreads/run.sh; do not edit."
		for t in $(notmuch search --output=threads '*'); do
			notmuch search --output=messages --format=json "$t" | jq -r 'sort | join("\t")'
		done | LC_ALL=C sort | while IFS= read -r line; do
			echo
			printf '%s\n' "$line" | tr '\t' '\n'
		done
	} >"$out/$corpus.golden"
	echo "$corpus: $files files, $messages messages, $threads threads -> $out/$corpus.golden"
done
