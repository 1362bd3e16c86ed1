"""Every codec against the worked example frames of the reference (sensors.md §2)."""
from drivers.sensors.events import Ack, CuffPressure, DeviceError, Measured, ProtocolError, Status
from drivers.sensors import registry
from drivers.sensors.protocols import codec_for
from drivers.sensors.protocols import and_standard, healthometer, ir_uart, nonin, suntech
from drivers.sensors.units import bmi_of

h = bytes.fromhex


def test_suntech_host_commands_match_the_reference_bytes():
    assert suntech.START_BP == h("3A20A6")
    assert suntech.GET_CUFF_PRESSURE == h("3A79050048")
    assert suntech.GET_BP_DATA == h("3A7903004A")
    assert suntech.ABORT_BP == h("3A7901004C")


def test_suntech_module_frames():
    c = suntech.SuntechCodec()
    assert c.feed(h("3E050201BA")) == [CuffPressure(258)]
    assert c.feed(h("3E044B73")) == [Status("complete")]
    data = h("3E 18 73 00 4A 00 1E 01 00 00 00 00 00 00 31 07 55 00 58 00 00 00 00 E9")
    assert len(data) == 24
    assert c.feed(data) == [Measured({"systolic": 115, "diastolic": 74, "pulse": 85, "map": 88})]


def test_suntech_error_code_maps_to_a_fault_key_and_mapping_is_configurable():
    frame = suntech.data_frame(0, 0, 0, 0, error=0x04)
    assert suntech.SuntechCodec().feed(frame) == [DeviceError("suntech:error=0x04", "cuff_loose")]
    custom = suntech.SuntechCodec(error_keys={0x04: "motion"})
    assert custom.feed(frame)[0].key == "motion"
    assert suntech.SuntechCodec().feed(suntech.data_frame(0, 0, 0, 0, error=0x7F))[0].key == "device_error"


def test_suntech_host_side_parser_for_the_simulator():
    c = suntech.SuntechHostCodec()
    stream = suntech.START_BP + suntech.GET_CUFF_PRESSURE + suntech.GET_BP_DATA + suntech.ABORT_BP
    assert [e.name for e in c.feed(stream)] == ["start", "cuff", "data", "abort"]


def test_nonin_df2_reference_packet_start():
    c = nonin.NoninDf2Codec()
    ev = c.feed(h("0181010083" "01800148CA" "01800161E3" "01800130B2"))
    assert ev == [Measured({"spo2": 97, "pulse": 72})]


def test_nonin_df2_status_bits_and_missing_values():
    c = nonin.NoninDf2Codec()
    (m,) = c.feed(nonin.df2_packet(511, 127, status=nonin.DF2_SNSD | nonin.DF2_SNSA))
    assert m.values == {} and {"sensor_off", "finger_out", "missing"} <= m.flags
    (m,) = c.feed(nonin.df2_packet(80, 96, status=nonin.DF2_ARTF | nonin.DF2_OOT | nonin.DF2_RPRF))
    assert m.values == {"spo2": 96, "pulse": 80} and m.flags == {"artifact", "out_of_track", "low_perfusion"}
    (m,) = c.feed(nonin.df2_packet(300, 99, status=nonin.DF2_RPRF | nonin.DF2_GPRF))
    assert m.values == {"spo2": 99, "pulse": 300} and m.flags == frozenset()  # marginal is not low


def test_nonin_df2_frames_before_the_first_sync_are_ignored():
    packet = nonin.df2_packet(72, 97)
    assert nonin.NoninDf2Codec().feed(packet[5:]) == []


def test_nonin_df8_reference_and_flags():
    c = nonin.NoninDf8Codec()
    assert c.feed(h("80486100")) == [Measured({"spo2": 97, "pulse": 72})]
    (m,) = c.feed(nonin.df8_frame(511, 127, status=nonin.DF8_LPRF | nonin.DF8_ARTF, status2=nonin.DF8_FINGER_OUT))
    assert m.values == {} and {"low_perfusion", "artifact", "finger_out", "missing"} <= m.flags


def test_ir_uart_reference_frames():
    assert ir_uart.SET_BODY_MODE == h("AAA50402020855")
    assert ir_uart.MEASURE == h("AAA503010455")
    assert ir_uart.result_frame(36.6, 25.3) == h("AAA5080102016E00FD7755")
    c = ir_uart.IrUartCodec()
    assert c.feed(h("AAA5080102016E00FD7755")) == [Measured({"body_temp_c": 36.6, "ambient_c": 25.3})]
    assert c.feed(ir_uart.frame(2, b"\x00")) == [Ack(True, 2)]
    assert c.feed(ir_uart.frame(2, b"\x01")) == [Ack(False, 2)]
    assert c.feed(ir_uart.result_frame(36.6, 25.3, target=1))[0].key == "device_error"


def test_healthometer_reference_frame_imperial():
    c = healthometer.HealthometerCodec()
    frame = b"\x1bR\x1bI1234567890\x1bW184.5\x1bH84.0\x1bB24.1\x1bT0.0\x1bNc\x1bE"
    (m,) = c.feed(frame)
    assert m.values == {"weight_kg": 83.7, "height_cm": 213.4, "bmi": 24.1}


def test_healthometer_metric_computes_bmi_and_skips_unset_height():
    c = healthometer.HealthometerCodec()
    assert c.feed(healthometer.frame(61.5, 162.0))[0].values == {"weight_kg": 61.5, "height_cm": 162.0, "bmi": 23.4}
    assert c.feed(healthometer.frame(61.5))[0].values == {"weight_kg": 61.5}
    assert bmi_of(61.5, 162.0) == 23.4


def test_healthometer_corrupt_field_drops_the_frame():
    c = healthometer.HealthometerCodec()
    bad = healthometer.frame(61.5, 162.0).replace(b"W61.5", b"W6\xff1.5")
    assert c.feed(bad) == []
    assert c.feed(healthometer.frame(70.0))[0].values == {"weight_kg": 70.0}


def test_and_standard_reference_line_and_headers():
    c = and_standard.AndStandardCodec()
    assert c.feed(h("53542C2B30303037322E3530206B670D0A")) == [Measured({"weight_kg": 72.5})]
    assert and_standard.line("ST", 72.5) == b"ST,+00072.50 kg\r\n"
    assert c.feed(b"US,+00070.10 kg\r\n") == [Measured({"weight_kg": 70.1}, stable=False)]
    assert c.feed(b"OL,+99999.99 kg\r\n") == [DeviceError("and:OL", "out_of_range")]
    assert c.feed(b"EC,E11\r\n") == [DeviceError("and:EC:E11", "device_error")]
    assert c.feed(b"QT,+00000012 PC\r\n") == [Status("count_mode")]
    assert c.feed(b"ST,GS,+  72.50kg\r\n") == [Measured({"weight_kg": 72.5})]
    assert c.feed(b"ST,+00160.00 lb\r\n") == [Measured({"weight_kg": 72.57})]


def test_garbage_is_reported_once_before_the_next_good_frame():
    c = nonin.NoninDf8Codec()
    assert c.feed(b"\x00\x11\x22") == []
    assert c.feed(h("80486100")) == [ProtocolError("garbage", 3), Measured({"spo2": 97, "pulse": 72})]


def test_registry_names_are_the_configured_ones():
    assert set(registry.names()) >= {"suntech-advantage", "healthometer-esc", "and-standard", "nonin-df2", "nonin-df8", "ir-uart"}
    for name in registry.names():
        assert codec_for(name).name == name
