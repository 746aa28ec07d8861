#!/bin/sh
# tests/crate/fetch-trixie.sh — embedded-io-async 0.6.1 (and embedded-io 0.6.1, its
# one non-optional dependency) from Debian trixie, as a private cargo registry:
#
#   sh tests/crate/fetch-trixie.sh [DIR]      (DIR default: build/trixie)
#
# bookworm (this machine's release) does not package embedded-io-async; trixie
# does. The system's apt configuration is not touched: a private sources.list,
# lists directory and cache under DIR/apt name trixie's main archive (signed by
# the keyring Debian already installs), `apt-get download` fetches the .debs
# into DIR/debs, and `dpkg-deb -x` unpacks them into DIR/root; their sources
# (with Debian's .cargo-checksum.json) are DIR/root/usr/share/cargo/registry,
# a cargo directory source. Nothing is installed and nothing is written under
# /usr. DIR/registry is that directory; DIR/cargo-config.toml replaces
# crates-io with it. Cached: a second run with the registry in place does
# nothing (delete DIR to refetch). A package with a defmt feature (optional)
# needs librust-defmt-dev too; nothing here enables it.
#
# Prints the registry directory on stdout. Exit 1 with a message when apt-get,
# the keyring or the network is missing (callers say "skipped").
set -eu
dir=${1:-build/trixie}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
pkgs="librust-embedded-io-async-dev librust-embedded-io-dev"
want="embedded-io-async-0.6.1 embedded-io-0.6.1"
registry=$dir/root/usr/share/cargo/registry

have_all() {
	for c in $want; do
		[ -f "$registry/$c/.cargo-checksum.json" ] || return 1
	done
}

if ! have_all; then
	command -v apt-get >/dev/null 2>&1 || { echo "fetch-trixie: no apt-get" >&2; exit 1; }
	command -v dpkg-deb >/dev/null 2>&1 || { echo "fetch-trixie: no dpkg-deb" >&2; exit 1; }
	keyring=/usr/share/keyrings/debian-archive-keyring.gpg
	[ -f "$keyring" ] || { echo "fetch-trixie: no $keyring" >&2; exit 1; }
	mkdir -p "$dir/apt/lists/partial" "$dir/apt/cache/archives/partial" "$dir/apt/etc" "$dir/debs"
	echo "deb [signed-by=$keyring] http://deb.debian.org/debian trixie main" >"$dir/apt/etc/sources.list"
	set -- -o Dir::Etc::sourcelist="$dir/apt/etc/sources.list" -o Dir::Etc::sourceparts=/dev/null \
		-o Dir::State::Lists="$dir/apt/lists" -o Dir::Cache="$dir/apt/cache" \
		-o Dir::State::status=/dev/null -o Debug::NoLocking=1 -o APT::Sandbox::User=root
	echo "fetch-trixie: apt-get update (trixie main, private lists in $dir/apt)" >&2
	apt-get "$@" -q update >"$dir/apt/update.log" 2>&1 ||
		{ echo "fetch-trixie: apt-get update failed (no network?): $(tail -1 "$dir/apt/update.log")" >&2; exit 1; }
	echo "fetch-trixie: apt-get download $pkgs" >&2
	(cd "$dir/debs" && apt-get "$@" -q download $pkgs) >"$dir/apt/download.log" 2>&1 ||
		{ echo "fetch-trixie: apt-get download failed: $(tail -1 "$dir/apt/download.log")" >&2; exit 1; }
	rm -rf "$dir/root"
	for deb in "$dir"/debs/*.deb; do
		dpkg-deb -x "$deb" "$dir/root"
	done
	have_all || { echo "fetch-trixie: the .debs did not hold $want" >&2; exit 1; }
fi
ln -sfn "$registry" "$dir/registry"
cat >"$dir/cargo-config.toml" <<EOF
# written by tests/crate/fetch-trixie.sh: Debian trixie's embedded-io-async 0.6.1, offline
[source.crates-io]
replace-with = "trixie"

[source.trixie]
directory = "$registry"

[net]
offline = true
EOF
echo "$registry"
