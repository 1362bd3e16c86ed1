"""ESC/POS thermal receipt printers: pure protocol (commands, status), transport glue, simulator."""
