"""kiosk.log never holds personal data, not even inside a traceback."""
import logging

from kiosk.logging_setup import setup_logging

ID, CAN = "001099012345", "123456"


def test_a_traceback_quoting_personal_data_is_masked(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    path = setup_logging(tmp_path)
    try:
        try:
            raise ValueError(f"no patient {ID} (CAN {CAN}, born 1999-01-01)")
        except ValueError:
            logging.getLogger("kiosk.test.redaction").exception("save failed for %s", ID)
    finally:
        for h in [h for h in root.handlers if h not in before]:
            root.removeHandler(h)
            h.close()
    text = path.read_text()
    assert "Traceback" in text and "ValueError: no patient <id>" in text
    assert ID not in text and CAN not in text and "1999-01-01" not in text
