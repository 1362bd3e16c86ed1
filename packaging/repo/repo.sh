#!/bin/sh
# The deployer's signed apt repository for the fleet (docs/updates.md), built with reprepro.
#   repo.sh init DIR [--throwaway]   make DIR (conf/ from this template) and, unless GNUPGHOME
#                                    already holds a signing key, a new one; writes DIR/tram-kiosk-archive.gpg
#   repo.sh add DIR FILE.deb         add a package (replaces the same package's older version)
#   repo.sh export DIR               re-sign and rewrite the index (also after a key rotation)
# GNUPGHOME selects the keyring that holds the signing key (keep it off the web server).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
NAME="Tram Cong dan so kiosk archive"
die() { echo "repo.sh: $*" >&2; exit 2; }
[ $# -ge 2 ] || die "usage: repo.sh init DIR [--throwaway] | add DIR FILE.deb | export DIR"
cmd=$1 dir=$2
command -v reprepro >/dev/null || die "reprepro is not installed (apt-get install reprepro gnupg)"

fingerprint() {
  gpg --batch --with-colons --list-secret-keys "$NAME" 2>/dev/null | awk -F: '$1 == "fpr" { print $10; exit }'
}

case $cmd in
  init)
    fpr=$(fingerprint)
    if [ -z "$fpr" ]; then
      if [ "${3:-}" = --throwaway ]; then
        # Tests only: no passphrase, expires in a day.
        gpg --batch --quiet --passphrase '' --quick-gen-key "$NAME (throwaway)" ed25519 sign 1d
      else
        # Asks for a passphrase (pinentry); expires in 2 years, so a rotation is planned, not forgotten.
        gpg --quick-gen-key "$NAME" ed25519 sign 2y
      fi
      fpr=$(fingerprint)
    fi
    [ -n "$fpr" ] || die "no signing key for '$NAME' in ${GNUPGHOME:-~/.gnupg}"
    mkdir -p "$dir/conf"
    sed "s/@FINGERPRINT@/$fpr/" "$HERE/conf/distributions" > "$dir/conf/distributions"
    printf 'verbose\n' > "$dir/conf/options"
    gpg --batch --yes --export "$fpr" > "$dir/tram-kiosk-archive.gpg"
    echo "repository $dir signed with $fpr; stations need $dir/tram-kiosk-archive.gpg"
    ;;
  add)
    [ $# -eq 3 ] && [ -f "$3" ] || die "add DIR FILE.deb: no such package file '${3:-}'"
    reprepro -b "$dir" --section misc --priority optional includedeb bookworm "$3"
    ;;
  export)
    fpr=$(fingerprint)
    [ -n "$fpr" ] || die "no signing key for '$NAME' in ${GNUPGHOME:-~/.gnupg}"
    sed -i "s/^SignWith: .*/SignWith: $fpr/" "$dir/conf/distributions"
    gpg --batch --yes --export "$fpr" > "$dir/tram-kiosk-archive.gpg"
    reprepro -b "$dir" export bookworm
    ;;
  *) die "unknown command '$cmd'" ;;
esac
