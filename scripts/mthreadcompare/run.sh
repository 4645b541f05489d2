#!/usr/bin/env bash
# Times threading a Maildir end to end, from files to threads: Cartero
# (header-only parse with one goroutine per processor, then thread.Build)
# against mblaze's mthread (`find DIR -type f | mthread`), on the same
# synthetic mailbox, and compares their groupings with the mailbox's
# known conversations.
#
#   bash scripts/mthreadcompare/run.sh [MESSAGES [ROUNDS]]
#
# MESSAGES defaults to 100000, ROUNDS to 7. Installs mblaze from Debian
# when mthread is missing (apt-get needs root). Everything is written to
# a temporary folder that is removed at the end. The page cache is warmed
# first and each tool runs once untimed; then the tools alternate, each
# round starting with the other one, and both print their full listing
# to a file. The ratios are mthread's time over Cartero's, by the medians
# and by the fastest rounds (the least disturbed by other work on the
# machine).
set -euo pipefail

n=${1:-100000}
rounds=${2:-7}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

if ! command -v mthread >/dev/null; then
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mblaze >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dir=$work/Maildir

(cd "$root" && go build -o "$work/mthreadcompare" ./scripts/mthreadcompare)
"$work/mthreadcompare" generate -n "$n" -seed 1 -truth "$work/truth.txt" "$dir"
echo "$(du -sh --apparent-size "$dir" | cut -f1) in $(find "$dir" -type f | wc -l) files"

cartero() { "$work/mthreadcompare" thread "$dir" >"$work/cartero.txt" 2>"$work/cartero.err"; }
mthr() { find "$dir" -type f | mthread >"$work/mthread.txt"; }
# seconds elapsed running "$@", to the millisecond
timed() {
	local t0 t1
	t0=$(date +%s%N)
	"$@"
	t1=$(date +%s%N)
	echo "$(((t1 - t0) / 1000000))" | awk '{ printf "%.3f", $1 / 1000 }'
}

find "$dir" -type f -exec cat {} + >/dev/null
cartero
mthr

echo
echo "$(go version | cut -d' ' -f3-), GOMAXPROCS $(nproc), mblaze $(dpkg-query -W -f='${Version}' mblaze 2>/dev/null || echo '?'), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| round | Cartero (s) | mthread (s) |"
echo "|---|---|---|"
ours=() theirs=()
for r in $(seq 1 "$rounds"); do
	if ((r % 2)); then
		a=$(timed cartero)
		b=$(timed mthr)
	else
		b=$(timed mthr)
		a=$(timed cartero)
	fi
	ours+=("$a") theirs+=("$b")
	echo "| $r | $a | $b |"
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
least() { printf '%s\n' "$@" | sort -g | head -1; }
mo=$(median "${ours[@]}")
mt=$(median "${theirs[@]}")
lo=$(least "${ours[@]}")
lt=$(least "${theirs[@]}")
echo "| median | $mo | $mt |"
echo "| fastest | $lo | $lt |"
echo
awk -v a="$mo" -v b="$mt" -v c="$lo" -v d="$lt" 'BEGIN { printf "Cartero is %.2f× as fast as mthread by the medians, %.2f× by the fastest rounds (%d rounds, %d messages).\n", b / a, d / c, '"$rounds"', '"$n"' }'
echo "Cartero, last round: $(cat "$work/cartero.err")"
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
"$work/mthreadcompare" compare "$work/truth.txt" "$work/cartero.txt" "$work/mthread.txt" | sed "s#$work/##g"
