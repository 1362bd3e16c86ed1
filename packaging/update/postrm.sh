# Sourced by the package's postrm with its arguments (docs/updates.md). The previous
# bundle is program, not data: it goes with the package. The update state (which
# version is confirmed, the pre-upgrade store copy) is station data: only purge removes it.
case "$1" in
  remove|purge) rm -rf @PREFIX@.previous @PREFIX@.previous.new ;;
esac
case "$1" in
  purge) rm -rf @DATA_DIR@/update ;;
esac
