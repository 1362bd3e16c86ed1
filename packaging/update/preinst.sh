# Sourced by the package's preinst with its arguments (docs/updates.md).
# Before an upgrade unpacks, keep the running bundle as the rollback target. Hard links:
# dpkg writes each new file beside the old one and renames it over, so the copy keeps
# the old contents at no disk cost. A version that never reached the welcome screen
# is no rollback target: the previous one is kept instead.
tram_kiosk_keep_previous() {
  [ "$1" = upgrade ] && [ -d @PREFIX@ ] || return 0
  confirmed=$(cat @DATA_DIR@/update/confirmed 2>/dev/null || true)
  if [ -d @PREFIX@.previous ] && [ "$confirmed" != "$(cat @PREFIX@/VERSION 2>/dev/null)" ]; then
    echo "tram-kiosk: the installed version never started; keeping @PREFIX@.previous as the rollback target" >&2
    return 0
  fi
  rm -rf @PREFIX@.previous.new
  cp -al @PREFIX@ @PREFIX@.previous.new
  rm -rf @PREFIX@.previous
  mv @PREFIX@.previous.new @PREFIX@.previous
}
tram_kiosk_keep_previous "$@"
