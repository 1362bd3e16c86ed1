<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>Advice</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="9" />
        <source>Blood pressure</source>
        <translation>Huyết áp</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="10" />
        <source>Pulse</source>
        <translation>Mạch</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="11" />
        <source>Body mass index (BMI)</source>
        <translation>Chỉ số khối cơ thể (BMI)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="12" />
        <source>Blood oxygen</source>
        <translation>Nồng độ oxy máu</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="13" />
        <source>Temperature</source>
        <translation>Nhiệt độ</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="14" />
        <source>Weight</source>
        <translation>Cân nặng</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="15" />
        <source>Height</source>
        <translation>Chiều cao</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="22" />
        <source>Optimal</source>
        <translation>Tối ưu</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="23" />
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="31" />
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="34" />
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="38" />
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="42" />
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="24" />
        <source>High normal</source>
        <translation>Bình thường cao</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="25" />
        <source>High (grade 1)</source>
        <translation>Cao (độ 1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="26" />
        <source>High (grade 2)</source>
        <translation>Cao (độ 2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="27" />
        <source>Very high (grade 3)</source>
        <translation>Rất cao (độ 3)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="28" />
        <source>Upper value high</source>
        <translation>Huyết áp tâm thu cao</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="29" />
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="30" />
        <source>Slow</source>
        <translation>Chậm</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="32" />
        <source>Fast</source>
        <translation>Nhanh</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="33" />
        <source>Underweight</source>
        <translation>Thiếu cân</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="35" />
        <source>Overweight</source>
        <translation>Thừa cân</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="36" />
        <source>Obese (class I)</source>
        <translation>Béo phì độ I</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="37" />
        <source>Obese (class II)</source>
        <translation>Béo phì độ II</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="39" />
        <source>Lower than normal</source>
        <translation>Thấp hơn bình thường</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="40" />
        <source>Very low</source>
        <translation>Rất thấp</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="41" />
        <source>Lower than expected</source>
        <translation>Thấp hơn dự kiến</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="43" />
        <source>Slightly raised</source>
        <translation>Hơi cao</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="44" />
        <source>Fever</source>
        <translation>Sốt</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="45" />
        <source>High fever</source>
        <translation>Sốt cao</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="53" />
        <source>Keep up your healthy habits and check again at your next visit.</source>
        <translation>Hãy duy trì lối sống lành mạnh và đo lại vào lần tới.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="54" />
        <source>A little high. Eat less salt, stay active, and check again within 3 months.</source>
        <translation>Hơi cao. Hãy ăn nhạt hơn, vận động thường xuyên và đo lại trong vòng 3 tháng.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="56" />
        <source>Please have your blood pressure checked at your commune health station within a month.</source>
        <translation>Vui lòng đến trạm y tế xã, phường để kiểm tra lại huyết áp trong vòng một tháng.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="57" />
        <source>Please see a doctor at your commune health station this week.</source>
        <translation>Vui lòng đến khám bác sĩ tại trạm y tế xã, phường trong tuần này.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="58" />
        <source>Seek medical care today. If you have chest pain, a severe headache, shortness of breath, weakness or trouble speaking, call 115 now.</source>
        <translation>Hãy đi khám ngay trong hôm nay. Nếu bị đau ngực, đau đầu dữ dội, khó thở, yếu tay chân hoặc nói khó, hãy gọi 115 ngay.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="59" />
        <source>If you feel dizzy or faint, sit down and tell a health worker.</source>
        <translation>Nếu thấy chóng mặt hoặc muốn ngất, hãy ngồi xuống và báo cho nhân viên y tế.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="60" />
        <source>If you feel dizzy or very tired, see a health worker.</source>
        <translation>Nếu thấy chóng mặt hoặc rất mệt, hãy gặp nhân viên y tế.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="61" />
        <source>Rest and measure again. If it stays fast, see a health worker.</source>
        <translation>Hãy nghỉ ngơi rồi đo lại. Nếu mạch vẫn nhanh, hãy gặp nhân viên y tế.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="62" />
        <source>Talk with a health worker about healthy eating.</source>
        <translation>Hãy trao đổi với nhân viên y tế về chế độ ăn uống hợp lý.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="63" />
        <source>A healthy weight for Asian adults.</source>
        <translation>Cân nặng hợp lý đối với người trưởng thành châu Á.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="64" />
        <source>More daily activity and a balanced diet help keep your weight healthy.</source>
        <translation>Vận động nhiều hơn mỗi ngày và ăn uống cân đối giúp giữ cân nặng hợp lý.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="66" />
        <source>Please talk with a health worker about your weight.</source>
        <translation>Vui lòng trao đổi với nhân viên y tế về cân nặng của bạn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="67" />
        <source>Rest and measure again. If it is still low, see a health worker.</source>
        <translation>Hãy nghỉ ngơi rồi đo lại. Nếu vẫn thấp, hãy gặp nhân viên y tế.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="68" />
        <source>Seek medical care now. Call 115 if you are short of breath.</source>
        <translation>Hãy đi khám ngay. Gọi 115 nếu bạn bị khó thở.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="69" />
        <source>Please measure again in a few minutes.</source>
        <translation>Vui lòng đo lại sau vài phút.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="70" />
        <source>Rest and measure again later.</source>
        <translation>Hãy nghỉ ngơi và đo lại sau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="71" />
        <source>Rest and drink plenty of water. See a health worker if it lasts or you feel unwell.</source>
        <translation>Hãy nghỉ ngơi và uống nhiều nước. Gặp nhân viên y tế nếu sốt kéo dài hoặc bạn thấy mệt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Advice.qml" line="72" />
        <source>Please see a doctor today.</source>
        <translation>Vui lòng đi khám bác sĩ trong hôm nay.</translation>
    </message>
</context>
<context>
    <name>CanEntryScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CanEntryScreen.qml" line="21" />
        <source>Enter the card number</source>
        <translation>Nhập số trên thẻ</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CanEntryScreen.qml" line="25" />
        <source>Type the last %1 digits of the 12-digit ID number printed on the front of your card.</source>
        <translation>Nhập %1 chữ số cuối của số định danh cá nhân (12 số) in ở mặt trước thẻ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CanEntryScreen.qml" line="31" />
        <source>Example: for 079 158 001 234, type 001234.</source>
        <translation>Ví dụ: với số 079 158 001 234, nhập 001234.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/screens/CanEntryScreen.qml" line="37" />
        <source>%n attempt(s) left.</source>
        <translation><numerusform>Bạn còn %n lần thử.</numerusform></translation>
    </message>
    <message>
        <source>Type the last six digits of the ID number printed on the front of your card, then touch OK.</source>
        <translation>Nhập sáu chữ số cuối của số định danh in ở mặt trước thẻ, rồi chạm Xong.</translation>
    </message>
</context>
<context>
    <name>CardReadingScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CardReadingScreen.qml" line="17" />
        <source>Reading your card…</source>
        <translation>Đang đọc thẻ…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CardReadingScreen.qml" line="34" />
        <source>Opening the chip with your number…</source>
        <translation>Đang mở chip bằng số bạn vừa nhập…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CardReadingScreen.qml" line="35" />
        <source>Reading your details and photo…</source>
        <translation>Đang đọc thông tin và ảnh của bạn…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CardReadingScreen.qml" line="36" />
        <source>Checking that the card is genuine…</source>
        <translation>Đang kiểm tra thẻ thật…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CardReadingScreen.qml" line="38" />
        <source>Connecting to the card…</source>
        <translation>Đang kết nối với thẻ…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CardReadingScreen.qml" line="38" />
        <source>The card was taken off the reader. Please put it back to continue.</source>
        <translation>Thẻ đã bị nhấc khỏi đầu đọc. Vui lòng đặt lại thẻ để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CardReadingScreen.qml" line="45" />
        <source>Please do not move the card.</source>
        <translation>Vui lòng không di chuyển thẻ.</translation>
    </message>
    <message>
        <source>Reading your card. Please do not move the card.</source>
        <translation>Đang đọc thẻ của bạn. Xin đừng di chuyển thẻ.</translation>
    </message>
</context>
<context>
    <name>CardWaitScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CardWaitScreen.qml" line="16" />
        <source>Place your ID card on the reader</source>
        <translation>Đặt thẻ căn cước lên đầu đọc</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CardWaitScreen.qml" line="22" />
        <source>Put the chip ID card flat on the reader below the screen, photo side up, and leave it there.</source>
        <translation>Đặt thẻ căn cước gắn chip nằm phẳng trên đầu đọc bên dưới màn hình, mặt có ảnh hướng lên, và để yên thẻ ở đó.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/CardWaitScreen.qml" line="33" />
        <source>I do not have my card: measure without saving</source>
        <translation>Tôi không mang thẻ: đo nhưng không lưu</translation>
    </message>
    <message>
        <source>Place your chip ID card flat on the reader below the screen, photo side up, and leave it there.</source>
        <translation>Đặt thẻ căn cước gắn chip nằm phẳng trên đầu đọc bên dưới màn hình, mặt có ảnh hướng lên, và để yên thẻ ở đó.</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ConsentScreen.qml" line="15" />
        <source>What we collect</source>
        <translation>Chúng tôi thu thập gì</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ConsentScreen.qml" line="16" />
        <source>Your ID number, name, date of birth and sex from the chip of your ID card; your photo from the chip and a live camera picture, used only to check that the card is yours; your blood pressure, pulse, weight, height, blood oxygen and temperature; and, if you check a prescription, its code.</source>
        <translation>Số định danh, họ tên, ngày sinh và giới tính từ chip trên thẻ căn cước; ảnh trong chip và hình ảnh từ camera, chỉ dùng để xác nhận thẻ là của bạn; huyết áp, mạch, cân nặng, chiều cao, nồng độ oxy máu và nhiệt độ của bạn; và, nếu bạn kiểm tra đơn thuốc, mã của đơn thuốc đó.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ConsentScreen.qml" line="17" />
        <source>Why</source>
        <translation>Để làm gì</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ConsentScreen.qml" line="18" />
        <source>To add this health check to your electronic health record, so that you and your health workers can follow your health. If you ask, to find an e-prescription written for you, show it only to you, and give you a signed pick-up pass for the pharmacy.</source>
        <translation>Để cập nhật lần đo này vào hồ sơ sức khỏe điện tử, giúp bạn và nhân viên y tế theo dõi sức khỏe của bạn. Khi bạn yêu cầu: để tìm đơn thuốc điện tử được kê cho bạn, chỉ hiển thị cho chính bạn, và cấp phiếu nhận thuốc có chữ ký số để đưa cho nhà thuốc.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ConsentScreen.qml" line="19" />
        <source>For how long</source>
        <translation>Lưu trong bao lâu</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ConsentScreen.qml" line="20" />
        <source>The photos are never stored: they are deleted as soon as the check is done. Your measurements stay encrypted on this station only until your health record has received them, then they are deleted here. A prescription you check is shown only during your visit and is not kept on this station; a note that the check took place (when, at which station, which code, the result) goes to your health record&apos;s access log.</source>
        <translation>Ảnh không bao giờ được lưu: ảnh bị xoá ngay sau khi kiểm tra xong. Kết quả đo được mã hoá và chỉ lưu trên trạm cho đến khi hồ sơ sức khỏe của bạn đã nhận, sau đó bị xoá khỏi trạm. Đơn thuốc bạn kiểm tra chỉ hiển thị trong lượt sử dụng này và không được lưu trên trạm; một ghi nhận về lần kiểm tra (thời điểm, trạm nào, mã nào, kết quả) được gửi vào nhật ký truy cập hồ sơ sức khỏe của bạn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ConsentScreen.qml" line="21" />
        <source>Who sees it</source>
        <translation>Ai được xem</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ConsentScreen.qml" line="22" />
        <source>You, and the health workers who look after you, through your electronic health record. It is never used for advertising. You may ask to see, correct or delete your data at your commune health station.</source>
        <translation>Bạn và nhân viên y tế chăm sóc bạn, qua hồ sơ sức khỏe điện tử. Dữ liệu không bao giờ được dùng để quảng cáo. Bạn có thể yêu cầu xem, sửa hoặc xoá dữ liệu của mình tại trạm y tế xã, phường.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ConsentScreen.qml" line="40" />
        <source>Before we start: your consent</source>
        <translation>Trước khi bắt đầu: sự đồng ý của bạn</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ConsentScreen.qml" line="90" />
        <source>No, end here</source>
        <translation>Không, kết thúc</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ConsentScreen.qml" line="96" />
        <source>I agree</source>
        <translation>Tôi đồng ý</translation>
    </message>
    <message>
        <source>Please read what we collect and why. Touch I agree to continue, or I do not agree to stop.</source>
        <translation>Xin đọc những thông tin chúng tôi thu thập và lý do. Chạm Tôi đồng ý để tiếp tục, hoặc Tôi không đồng ý để dừng lại.</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/DoneScreen.qml" line="34" />
        <source>Added to your electronic health record</source>
        <translation>Đã cập nhật vào hồ sơ sức khỏe điện tử</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/DoneScreen.qml" line="35" />
        <source>Saved on this station</source>
        <translation>Đã lưu trên trạm</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/DoneScreen.qml" line="37" />
        <source>Your results were not saved</source>
        <translation>Kết quả không được lưu</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/DoneScreen.qml" line="46" />
        <source>You can see them in your health record. Thank you for your visit!</source>
        <translation>Bạn có thể xem trong hồ sơ sức khỏe của mình. Cảm ơn bạn đã sử dụng dịch vụ!</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/DoneScreen.qml" line="47" />
        <source>They are stored safely and will be sent to your electronic health record as soon as the station is online.</source>
        <translation>Kết quả được lưu an toàn và sẽ được gửi lên hồ sơ sức khỏe điện tử ngay khi trạm có kết nối mạng.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/DoneScreen.qml" line="49" />
        <source>As you asked, nothing from this visit was kept. Thank you for your visit!</source>
        <translation>Theo lựa chọn của bạn, không có thông tin nào của lượt đo này được lưu lại. Cảm ơn bạn đã sử dụng dịch vụ!</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/DoneScreen.qml" line="56" />
        <source>Please take your ID card with you.</source>
        <translation>Xin đừng quên lấy lại thẻ căn cước.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/DoneScreen.qml" line="61" />
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/DoneScreen.qml" line="67" />
        <source>Other services</source>
        <translation>Dịch vụ khác</translation>
    </message>
    <message>
        <source>Thank you for your visit. Please take your ID card with you.</source>
        <translation>Cảm ơn bạn đã đến kiểm tra sức khỏe. Xin nhớ mang theo thẻ căn cước.</translation>
    </message>
</context>
<context>
    <name>FaceCheckScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="44" />
        <source>Hello, %1. Now a face check</source>
        <translation>Xin chào %1. Bây giờ là bước xác thực khuôn mặt</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="44" />
        <source>Now a face check</source>
        <translation>Bây giờ là bước xác thực khuôn mặt</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="49" />
        <source>Card %1</source>
        <translation>Thẻ %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="70" />
        <source>Please move closer</source>
        <translation>Vui lòng lại gần hơn</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="71" />
        <source>Please move back a little</source>
        <translation>Vui lòng lùi lại một chút</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="72" />
        <source>Look straight at the camera</source>
        <translation>Nhìn thẳng vào camera</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="73" />
        <source>It is too dark: please face the light</source>
        <translation>Quá tối: vui lòng quay mặt về phía có ánh sáng</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="74" />
        <source>Hold still</source>
        <translation>Giữ yên</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="75" />
        <source>Only one person at a time, please</source>
        <translation>Mỗi lần chỉ một người</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="76" />
        <source>Slowly turn your head to the left</source>
        <translation>Từ từ quay đầu sang trái</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="77" />
        <source>Slowly turn your head to the right</source>
        <translation>Từ từ quay đầu sang phải</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="78" />
        <source>Now come a little closer</source>
        <translation>Bây giờ lại gần thêm một chút</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="79" />
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="81" />
        <source>Look at the camera and fit your face in the oval</source>
        <translation>Nhìn vào camera và đặt khuôn mặt vào trong khung</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceCheckScreen.qml" line="96" />
        <source>The camera picture is compared with the photo on your card and then deleted. It is never stored.</source>
        <translation>Hình ảnh từ camera được so sánh với ảnh trên thẻ rồi xoá ngay. Hình ảnh không bao giờ được lưu.</translation>
    </message>
    <message>
        <source>Now a face check. Look at the camera and fit your face in the oval.</source>
        <translation>Bây giờ là bước xác thực khuôn mặt. Hãy nhìn vào camera và đặt khuôn mặt vào trong khung.</translation>
    </message>
</context>
<context>
    <name>FaceFailedScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceFailedScreen.qml" line="16" />
        <source>Let us try the face check again</source>
        <translation>Hãy thử xác thực khuôn mặt lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceFailedScreen.qml" line="26" />
        <source>Remove glasses or a face mask, stand about an arm's length from the screen and look at the camera.</source>
        <translation>Hãy bỏ kính hoặc khẩu trang, đứng cách màn hình khoảng một sải tay và nhìn vào camera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceFailedScreen.qml" line="35" />
        <source>Measure without saving</source>
        <translation>Đo nhưng không lưu</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/FaceFailedScreen.qml" line="40" />
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Let us try the face check again. Remove glasses or a face mask and look at the camera.</source>
        <translation>Chúng ta thử xác thực khuôn mặt lại nhé. Xin bỏ kính hoặc khẩu trang và nhìn vào camera.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="16" />
        <source>%1/%2 mmHg · pulse %3 /min</source>
        <translation>%1/%2 mmHg · mạch %3 lần/phút</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="18" />
        <source>%1 kg · %2 cm · BMI %3</source>
        <translation>%1 kg · %2 cm · BMI %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="20" />
        <source>SpO2 %1 % · pulse %2 /min</source>
        <translation>SpO2 %1 % · mạch %2 lần/phút</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="22" />
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="30" />
        <source>Rest quietly before the measurement: %n second(s) left</source>
        <translation><numerusform>Ngồi nghỉ yên lặng trước khi đo: còn %n giây</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="31" />
        <source>The cuff is tightening: %1 mmHg</source>
        <translation>Vòng bít đang bơm căng: %1 mmHg</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="31" />
        <source>The cuff is tightening…</source>
        <translation>Vòng bít đang bơm căng…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="32" />
        <source>The cuff is loosening: %1 mmHg</source>
        <translation>Vòng bít đang xả dần: %1 mmHg</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="32" />
        <source>The cuff is loosening…</source>
        <translation>Vòng bít đang xả dần…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="33" />
        <source>Measurement %1 of %2</source>
        <translation>Lần đo %1 trên %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="34" />
        <source>Weighing: %1 kg, please stand still</source>
        <translation>Đang cân: %1 kg, vui lòng đứng yên</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="34" />
        <source>Weighing, please stand still</source>
        <translation>Đang cân, vui lòng đứng yên</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="35" />
        <source>Hold still</source>
        <translation>Giữ yên</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="36" />
        <source>Looking for your pulse…</source>
        <translation>Đang tìm mạch…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="37" />
        <source>Measuring: %1</source>
        <translation>Đang đo: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="37" />
        <source>Measuring…</source>
        <translation>Đang đo…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="39" />
        <source>Starting…</source>
        <translation>Đang bắt đầu…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="80" />
        <source>Rest quietly and do not talk. The measurement starts in about %1 minute(s).</source>
        <translation><numerusform>Xin ngồi nghỉ yên lặng, không nói chuyện. Khoảng %1 phút nữa sẽ bắt đầu đo.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="83" />
        <source>The measurement starts in a few seconds. Keep your arm still.</source>
        <translation>Vài giây nữa sẽ bắt đầu đo. Xin giữ yên cánh tay.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="38" />
        <source>%1/%2 mmHg</source>
        <translation>%1/%2 mmHg</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="39" />
        <source>%1 /min</source>
        <translation>%1 lần/phút</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="40" />
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Format.qml" line="42" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Header.qml" line="19" />
        <source>Digital Citizen Station · Health check</source>
        <translation>Trạm Công dân số · Kiểm tra sức khỏe</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Header.qml" line="31" />
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Bắt đầu lại</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Nghe lại</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Bật tiếng</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Tắt tiếng</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Nhỏ hơn</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>To hơn</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Tương phản</translation>
    </message>
    <message>
        <source>Someone is helping me</source>
        <translation>Có người giúp tôi</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Thêm</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/IdleOverlay.qml" line="30" />
        <source>Are you still there?</source>
        <translation>Bạn vẫn đang sử dụng chứ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/components/IdleOverlay.qml" line="43" />
        <source>Your visit will end in %n second(s) and your information will be cleared from this screen.</source>
        <translation><numerusform>Lượt sử dụng sẽ kết thúc sau %n giây và thông tin của bạn sẽ được xoá khỏi màn hình.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/IdleOverlay.qml" line="48" />
        <source>I am still here</source>
        <translation>Tôi vẫn đang dùng</translation>
    </message>
    <message>
        <source>Are you still there? Touch I am still here to continue, or your visit will end.</source>
        <translation>Bạn còn ở đây không? Chạm Tôi vẫn đang dùng để tiếp tục, nếu không lượt khám sẽ kết thúc.</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Keypad.qml" line="65" />
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Keypad.qml" line="65" />
        <source>OK</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>MeasureScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/MeasureScreen.qml" line="16" />
        <source>Sit with your back against the chair and both feet flat on the floor. Put your arm through the cuff so it sits on your upper arm at heart level. Do not talk or move while it measures.</source>
        <translation>Ngồi tựa lưng vào ghế, hai bàn chân đặt phẳng trên sàn. Luồn tay qua vòng bít để vòng bít nằm ở bắp tay, ngang tim. Không nói chuyện hay cử động trong khi đo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/MeasureScreen.qml" line="17" />
        <source>Take off your shoes and step onto the scale. Stand straight with your back to the height rod and keep still.</source>
        <translation>Bỏ giày dép và bước lên cân. Đứng thẳng, lưng quay về phía thước đo chiều cao và giữ yên.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/MeasureScreen.qml" line="18" />
        <source>Put your index finger all the way into the clip. Rest your hand on the table and keep it still.</source>
        <translation>Đưa hết ngón tay trỏ vào kẹp đo. Đặt tay lên bàn và giữ yên.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/MeasureScreen.qml" line="19" />
        <source>Face the thermometer and hold your forehead 3 to 5 cm in front of it until it beeps.</source>
        <translation>Quay mặt về phía nhiệt kế, giữ trán cách nhiệt kế 3 đến 5 cm cho đến khi nghe tiếng bíp.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/MeasureScreen.qml" line="34" />
        <source>Step %1 of %2</source>
        <translation>Bước %1 / %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/MeasureScreen.qml" line="111" />
        <source>When you are ready, press Start.</source>
        <translation>Khi sẵn sàng, hãy bấm Bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/MeasureScreen.qml" line="123" />
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/MeasureScreen.qml" line="130" />
        <source>Measure again</source>
        <translation>Đo lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/MeasureScreen.qml" line="136" />
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/MeasureScreen.qml" line="142" />
        <source>Next</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/MeasureScreen.qml" line="1" />
        <source>This device is waiting for its regular accuracy check, so it cannot be used today. Please press Skip; a staff member can tell you where else to measure.</source>
        <translation>Thiết bị này đang chờ kiểm tra độ chính xác định kỳ nên hôm nay chưa dùng được. Vui lòng bấm Bỏ qua; nhân viên sẽ chỉ bạn nơi đo khác.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="9" />
        <source>The card was taken off the reader. Please place it back and keep it still.</source>
        <translation>Thẻ đã bị nhấc khỏi đầu đọc. Vui lòng đặt lại thẻ và giữ yên.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="10" />
        <source>The card could not be read. Please place it flat on the reader and try again.</source>
        <translation>Không đọc được thẻ. Vui lòng đặt thẻ nằm phẳng trên đầu đọc và thử lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="11" />
        <source>The card reader is not working. Please ask a staff member for help.</source>
        <translation>Đầu đọc thẻ không hoạt động. Vui lòng nhờ nhân viên hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="12" />
        <source>Reading the card took too long. Please lift the card off the reader, place it back and try again.</source>
        <translation>Việc đọc thẻ mất quá nhiều thời gian. Vui lòng nhấc thẻ ra khỏi đầu đọc, đặt lại rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="12" />
        <source>The number does not match this card. Please check the last 6 digits of the ID number on the front of the card.</source>
        <translation>Số vừa nhập không khớp với thẻ này. Vui lòng kiểm tra 6 chữ số cuối của số định danh ở mặt trước thẻ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="13" />
        <source>Please enter all 6 digits.</source>
        <translation>Vui lòng nhập đủ 6 chữ số.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="14" />
        <source>We could not confirm that the card belongs to you.</source>
        <translation>Chưa xác nhận được thẻ này là của bạn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="15" />
        <source>We could not see a face. Please look at the camera.</source>
        <translation>Không thấy khuôn mặt. Vui lòng nhìn vào camera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="16" />
        <source>More than one person is in the picture. Please stand alone in front of the camera.</source>
        <translation>Có nhiều hơn một người trong khung hình. Vui lòng chỉ một người đứng trước camera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="17" />
        <source>The picture was not clear enough. Please face the camera in good light.</source>
        <translation>Hình ảnh chưa đủ rõ. Vui lòng nhìn vào camera ở nơi đủ sáng.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="18" />
        <source>The movements were not recognised. Please follow the instructions on screen.</source>
        <translation>Chưa nhận ra các cử động. Vui lòng làm theo hướng dẫn trên màn hình.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="19" />
        <source>The check took too long.</source>
        <translation>Quá thời gian kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="20" />
        <source>This station has no room left to save your results.</source>
        <translation>Trạm đã hết chỗ lưu kết quả.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="22" />
        <source>This station could not save your results.</source>
        <translation>Trạm không lưu được kết quả của bạn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="24" />
        <source>Something went wrong.</source>
        <translation>Đã xảy ra lỗi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="29" />
        <source>The cuff is too loose. Please wrap it snugly around your upper arm.</source>
        <translation>Vòng bít quá lỏng. Vui lòng quấn vòng bít vừa khít quanh bắp tay.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="30" />
        <source>Movement disturbed the measurement. Please sit still and do not talk.</source>
        <translation>Cử động làm sai kết quả đo. Vui lòng ngồi yên và không nói chuyện.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="31" />
        <source>The cuff pressure went too high and was released for your safety.</source>
        <translation>Áp lực vòng bít quá cao nên đã được xả để đảm bảo an toàn cho bạn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="32" />
        <source>Your pulse was too weak to measure. Please relax your arm and try again.</source>
        <translation>Mạch quá yếu nên không đo được. Vui lòng thả lỏng tay và thử lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="33" />
        <source>Please put your finger fully into the clip.</source>
        <translation>Vui lòng đưa hết ngón tay vào kẹp đo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="34" />
        <source>The finger clip is not connected. Please ask a staff member.</source>
        <translation>Kẹp đo ngón tay chưa được kết nối. Vui lòng nhờ nhân viên hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="35" />
        <source>The signal is weak. Please warm your hand and keep it still.</source>
        <translation>Tín hiệu yếu. Vui lòng làm ấm bàn tay và giữ yên.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="36" />
        <source>Movement disturbed the signal. Please keep your hand still.</source>
        <translation>Cử động làm nhiễu tín hiệu. Vui lòng giữ yên bàn tay.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="37" />
        <source>You stepped off the scale too early. Please stand still until the weight is shown.</source>
        <translation>Bạn đã bước xuống cân quá sớm. Vui lòng đứng yên cho đến khi hiện cân nặng.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="38" />
        <source>The value is outside what this device can measure.</source>
        <translation>Giá trị nằm ngoài khoảng thiết bị có thể đo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="39" />
        <source>The device is not responding.</source>
        <translation>Thiết bị không phản hồi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="40" />
        <source>The device is disconnected.</source>
        <translation>Thiết bị bị mất kết nối.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="41" />
        <source>The device reported an error.</source>
        <translation>Thiết bị báo lỗi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="42" />
        <source>The measurement took too long.</source>
        <translation>Quá thời gian đo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="44" />
        <source>The measurement did not work.</source>
        <translation>Không đo được.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="49" />
        <source>The number was wrong too many times.</source>
        <translation>Số nhập sai quá nhiều lần.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="50" />
        <source>This card could not be verified as genuine.</source>
        <translation>Không xác minh được đây là thẻ thật.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="51" />
        <source>The camera is not working.</source>
        <translation>Camera không hoạt động.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="53" />
        <source>The card reader did not answer in time.</source>
        <translation>Đầu đọc thẻ không phản hồi kịp thời.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="58" />
        <source>Blood pressure and pulse</source>
        <translation>Huyết áp và mạch</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="59" />
        <source>Weight and height</source>
        <translation>Cân nặng và chiều cao</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="60" />
        <source>Blood oxygen (SpO2)</source>
        <translation>Nồng độ oxy máu (SpO2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/Messages.qml" line="61" />
        <source>Temperature</source>
        <translation>Nhiệt độ</translation>
    </message>
    <message>
        <source>The signal was weak during the measurement, so this value may be less accurate.</source>
        <translation>Tín hiệu yếu trong lúc đo nên kết quả này có thể kém chính xác.</translation>
    </message>
    <message>
        <source>Movement disturbed the signal during the measurement, so this value may be less accurate.</source>
        <translation>Cử động làm nhiễu tín hiệu trong lúc đo nên kết quả này có thể kém chính xác.</translation>
    </message>
    <message>
        <source>Movement was detected during the measurement, so this value may be less accurate.</source>
        <translation>Máy ghi nhận có cử động trong lúc đo nên kết quả này có thể kém chính xác.</translation>
    </message>
    <message>
        <source>Your first two readings were far apart, so a third was taken. The result is the average of the last two.</source>
        <translation>Hai lần đo đầu chênh lệch nhiều nên máy đo thêm lần thứ ba. Kết quả là trung bình của hai lần đo sau.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/ResultCard.qml" line="38" />
        <source>Not measured: %1</source>
        <translation>Chưa đo được: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/ResultCard.qml" line="39" />
        <source>Skipped</source>
        <translation>Đã bỏ qua</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ResultsScreen.qml" line="23" />
        <source>Your results</source>
        <translation>Kết quả của bạn</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ResultsScreen.qml" line="90" />
        <source>A result needs urgent attention. If you feel unwell, call 115 now or ask a staff member to help you.</source>
        <translation>Có kết quả cần được chú ý khẩn cấp. Nếu thấy không khỏe, hãy gọi 115 ngay hoặc nhờ nhân viên hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ResultsScreen.qml" line="100" />
        <source>These results are a health screening, not a diagnosis. Only a health worker can diagnose a condition.</source>
        <translation>Kết quả này chỉ có giá trị sàng lọc, không phải chẩn đoán. Chỉ nhân viên y tế mới có thể chẩn đoán bệnh.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ResultsScreen.qml" line="107" />
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ResultsScreen.qml" line="107" />
        <source>Save to my health record</source>
        <translation>Lưu vào hồ sơ sức khỏe</translation>
    </message>
    <message>
        <source>Your results.</source>
        <translation>Kết quả của bạn.</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 trên %2</translation>
    </message>
    <message>
        <source>%1 %2, %3.</source>
        <translation>%1 %2, %3.</translation>
    </message>
</context>
<context>
    <name>SaveFailedScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/SaveFailedScreen.qml" line="13" />
        <source>Your results could not be saved</source>
        <translation>Không lưu được kết quả của bạn</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/SaveFailedScreen.qml" line="22" />
        <source>Nothing was added to your health record. Please ask a staff member for help.</source>
        <translation>Chưa có thông tin nào được cập nhật vào hồ sơ sức khỏe của bạn. Vui lòng nhờ nhân viên hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/SaveFailedScreen.qml" line="27" />
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Your results could not be saved. Please ask a staff member for help.</source>
        <translation>Chưa lưu được kết quả của bạn. Xin nhờ nhân viên hỗ trợ.</translation>
    </message>
</context>
<context>
    <name>SavingScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/SavingScreen.qml" line="17" />
        <source>Saving your results…</source>
        <translation>Đang lưu kết quả…</translation>
    </message>
    <message>
        <source>Saving your results. Please wait.</source>
        <translation>Đang lưu kết quả của bạn. Xin chờ một chút.</translation>
    </message>
</context>
<context>
    <name>StaffHelpScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/StaffHelpScreen.qml" line="14" />
        <source>Please ask a staff member for help</source>
        <translation>Vui lòng nhờ nhân viên hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/StaffHelpScreen.qml" line="25" />
        <source>A staff member can check your identity another way. You can also measure now without saving the results to your health record.</source>
        <translation>Nhân viên có thể xác minh danh tính của bạn theo cách khác. Bạn cũng có thể đo ngay bây giờ mà không lưu kết quả vào hồ sơ sức khỏe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/StaffHelpScreen.qml" line="33" />
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/StaffHelpScreen.qml" line="39" />
        <source>Measure without saving</source>
        <translation>Đo nhưng không lưu</translation>
    </message>
    <message>
        <source>Please ask a staff member for help. You can also measure now without saving.</source>
        <translation>Xin nhờ nhân viên hỗ trợ. Bạn cũng có thể đo ngay mà không lưu kết quả.</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/StepBar.qml" line="13" />
        <source>Identify</source>
        <translation>Xác thực</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/StepBar.qml" line="13" />
        <source>Measure</source>
        <translation>Đo</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/StepBar.qml" line="13" />
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/WelcomeScreen.qml" line="16" />
        <source>Welcome to your health check</source>
        <translation>Chào mừng bạn đến kiểm tra sức khỏe</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/WelcomeScreen.qml" line="23" />
        <source>Free check of blood pressure, pulse, weight, height, blood oxygen and temperature. The results go into your electronic health record.</source>
        <translation>Đo miễn phí huyết áp, mạch, cân nặng, chiều cao, nồng độ oxy máu và nhiệt độ. Kết quả được cập nhật vào hồ sơ sức khỏe điện tử của bạn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/WelcomeScreen.qml" line="28" />
        <source>You will need your chip ID card (CCCD). It takes about 10 minutes.</source>
        <translation>Bạn cần thẻ căn cước gắn chip. Thời gian khoảng 10 phút.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/WelcomeScreen.qml" line="33" />
        <source>This station cannot save new health checks right now. Please ask a staff member or come back later.</source>
        <translation>Hiện trạm không thể lưu thêm lượt đo mới. Vui lòng nhờ nhân viên hỗ trợ hoặc quay lại sau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/WelcomeScreen.qml" line="42" />
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/WelcomeScreen.qml" line="58" />
        <source>Station %1</source>
        <translation>Trạm %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/WelcomeScreen.qml" line="62" />
        <source>all health checks sent</source>
        <translation>mọi lượt đo đã được gửi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/screens/WelcomeScreen.qml" line="63" />
        <source>%n health check(s) waiting to be sent</source>
        <translation><numerusform>%n lượt đo đang chờ gửi</numerusform></translation>
    </message>
    <message>
        <source>Welcome. Touch Start to begin your free health check. You will need your chip ID card.</source>
        <translation>Xin chào. Chạm Bắt đầu để kiểm tra sức khỏe miễn phí. Bạn cần thẻ căn cước gắn chip.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/DashboardScreen.qml" line="33" />
        <source>The checks could not be run (see the technician log).</source>
        <translation>Không chạy được các bước kiểm tra (xem nhật ký kỹ thuật).</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/DashboardScreen.qml" line="35" />
        <source>Checking the station…</source>
        <translation>Đang kiểm tra trạm…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/maintenance/DashboardScreen.qml" line="37" />
        <source>All %n check(s) are OK.</source>
        <translation><numerusform>Cả %n mục kiểm tra đều tốt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/maintenance/DashboardScreen.qml" line="38" />
        <source>%n fault(s)</source>
        <translation><numerusform>%n lỗi</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/maintenance/DashboardScreen.qml" line="38" />
        <source>%n to check soon</source>
        <translation><numerusform>%n mục cần xem sớm</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/DashboardScreen.qml" line="45" />
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/DashboardScreen.qml" line="45" />
        <source>Check now</source>
        <translation>Kiểm tra ngay</translation>
    </message>
</context>
<context>
    <name>HealthWords</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="10" />
        <source>OK</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="11" />
        <source>Check soon</source>
        <translation>Cần xem sớm</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="12" />
        <source>Fault</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="22" />
        <source>Configuration</source>
        <translation>Cấu hình</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="23" />
        <source>App files</source>
        <translation>Tệp ứng dụng</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="24" />
        <source>Folders</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="25" />
        <source>Disk</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="26" />
        <source>Store key</source>
        <translation>Khóa kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="27" />
        <source>Visit store</source>
        <translation>Kho lượt đo</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="28" />
        <source>Send queue</source>
        <translation>Hàng đợi gửi</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="29" />
        <source>Card reader</source>
        <translation>Đầu đọc thẻ</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="30" />
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="31" />
        <source>Health-record server</source>
        <translation>Máy chủ hồ sơ sức khỏe</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="32" />
        <source>Certificates</source>
        <translation>Chứng chỉ</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="33" />
        <source>App version</source>
        <translation>Phiên bản ứng dụng</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="34" />
        <source>Running time</source>
        <translation>Thời gian chạy</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="35" />
        <source>Calibration</source>
        <translation>Hiệu chuẩn</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="36" />
        <source>Health check</source>
        <translation>Bước kiểm tra</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="37" />
        <source>Blood pressure monitor</source>
        <translation>Máy đo huyết áp</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="38" />
        <source>Scale and height rod</source>
        <translation>Cân và thước đo chiều cao</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="39" />
        <source>Pulse oximeter</source>
        <translation>Máy đo SpO2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="40" />
        <source>Thermometer</source>
        <translation>Nhiệt kế</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="47" />
        <source>Working</source>
        <translation>Hoạt động tốt</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="48" />
        <source>Loaded and valid</source>
        <translation>Đã nạp, hợp lệ</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="49" />
        <source>A bundled file is missing</source>
        <translation>Thiếu một tệp đi kèm</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="50" />
        <source>A translation file is missing</source>
        <translation>Thiếu một tệp bản dịch</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="51" />
        <source>Face model files are missing or damaged</source>
        <translation>Tệp mô hình khuôn mặt bị thiếu hoặc hỏng</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="52" />
        <source>Cannot be written</source>
        <translation>Không ghi được</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="53" />
        <source>Disk space is low</source>
        <translation>Ổ đĩa sắp hết chỗ</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="54" />
        <source>Disk is nearly full</source>
        <translation>Ổ đĩa gần đầy</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="55" />
        <source>Key file missing: stored visits cannot be opened</source>
        <translation>Thiếu tệp khóa: không mở được các lượt đo đã lưu</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="56" />
        <source>No key yet: one is made at first start</source>
        <translation>Chưa có khóa: sẽ tạo khi khởi động lần đầu</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="57" />
        <source>Key file can be read by others</source>
        <translation>Người khác có thể đọc tệp khóa</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="58" />
        <source>No visits stored yet</source>
        <translation>Chưa lưu lượt đo nào</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="59" />
        <source>Store will be upgraded at next start</source>
        <translation>Kho sẽ được nâng cấp ở lần khởi động tới</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="60" />
        <source>Store is damaged</source>
        <translation>Kho dữ liệu bị hỏng</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="61" />
        <source>Not accepting new visits</source>
        <translation>Không nhận lượt đo mới</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="62" />
        <source>Every visit has been sent</source>
        <translation>Mọi lượt đo đã được gửi</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="63" />
        <source>Visits waiting to be sent</source>
        <translation>Có lượt đo đang chờ gửi</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="64" />
        <source>Visits have waited too long</source>
        <translation>Lượt đo đã chờ quá lâu</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="65" />
        <source>Visits refused by the server</source>
        <translation>Lượt đo bị máy chủ từ chối</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="66" />
        <source>Never sent to the server yet</source>
        <translation>Chưa gửi lên máy chủ lần nào</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="67" />
        <source>No successful send for a long time</source>
        <translation>Đã lâu không gửi thành công</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="68" />
        <source>Turned off in the configuration</source>
        <translation>Đã tắt trong cấu hình</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="69" />
        <source>Not configured</source>
        <translation>Chưa cấu hình</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="70" />
        <source>Not connected (port not found)</source>
        <translation>Chưa kết nối (không thấy cổng)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="71" />
        <source>Port is closed</source>
        <translation>Cổng đang đóng</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="72" />
        <source>Card service is not running</source>
        <translation>Dịch vụ thẻ không chạy</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="73" />
        <source>No card reader found</source>
        <translation>Không tìm thấy đầu đọc thẻ</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="74" />
        <source>Simulated (demo mode)</source>
        <translation>Mô phỏng (chế độ demo)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="75" />
        <source>Camera cannot be opened</source>
        <translation>Không mở được camera</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="76" />
        <source>Cannot be reached: visits wait in the queue</source>
        <translation>Không kết nối được: lượt đo chờ trong hàng đợi</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="77" />
        <source>Answers, but not as a FHIR R4 server</source>
        <translation>Có trả lời nhưng không phải máy chủ FHIR R4</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="78" />
        <source>Not using HTTPS</source>
        <translation>Không dùng HTTPS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="79" />
        <source>Certificate cannot be read</source>
        <translation>Không đọc được chứng chỉ</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="80" />
        <source>Certificate expires soon</source>
        <translation>Chứng chỉ sắp hết hạn</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="81" />
        <source>Certificate has expired</source>
        <translation>Chứng chỉ đã hết hạn</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="82" />
        <source>Server certificate is not trusted</source>
        <translation>Chứng chỉ máy chủ không được tin cậy</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="83" />
        <source>Installed version</source>
        <translation>Phiên bản đã cài</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="84" />
        <source>Running</source>
        <translation>Đang chạy</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="85" />
        <source>The check itself failed (see the technician log)</source>
        <translation>Chính bước kiểm tra bị lỗi (xem nhật ký kỹ thuật)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="1" />
        <source>Calibration check overdue: not used for citizens</source>
        <translation>Quá hạn kiểm tra hiệu chuẩn: ngừng phục vụ người dân</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="1" />
        <source>Last calibration check failed: not used for citizens</source>
        <translation>Lần kiểm tra hiệu chuẩn gần nhất không đạt: ngừng phục vụ người dân</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="1" />
        <source>Calibration check due soon</source>
        <translation>Sắp đến hạn kiểm tra hiệu chuẩn</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/HealthWords.qml" line="1" />
        <source>Due for cleaning</source>
        <translation>Đến lúc vệ sinh</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Máy in phiếu</translation>
    </message>
    <message>
        <source>Paper roll nearly used up: replace it soon</source>
        <translation>Cuộn giấy sắp hết: sớm thay cuộn mới</translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Hết giấy</translation>
    </message>
    <message>
        <source>Cover is open</source>
        <translation>Nắp máy in đang mở</translation>
    </message>
    <message>
        <source>Printer is not ready</source>
        <translation>Máy in chưa sẵn sàng</translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation>Hướng dẫn bằng giọng nói</translation>
    </message>
    <message>
        <source>Turned off in the configuration: the kiosk is silent</source>
        <translation>Đã tắt trong cấu hình: máy không phát tiếng</translation>
    </message>
    <message>
        <source>Speech engine missing: the kiosk runs silently</source>
        <translation>Thiếu bộ đọc giọng nói: máy chạy không có tiếng</translation>
    </message>
    <message>
        <source>No sound output: the kiosk runs silently</source>
        <translation>Không có đầu ra âm thanh: máy chạy không có tiếng</translation>
    </message>
    <message>
        <source>Headset output not working: speech goes to the speaker</source>
        <translation>Tai nghe không hoạt động: tiếng phát ra loa</translation>
    </message>
</context>
<context>
    <name>MaintenancePages</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenancePages.qml" line="14" />
        <source>Dashboard</source>
        <translation>Bảng tình trạng</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenancePages.qml" line="14" />
        <source>Live status of devices, backend, disk and queue</source>
        <translation>Tình trạng thiết bị, máy chủ, ổ đĩa và hàng đợi</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenancePages.qml" line="16" />
        <source>Restart or exit</source>
        <translation>Khởi động lại hoặc thoát</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenancePages.qml" line="16" />
        <source>Restart the app, or exit to the desktop</source>
        <translation>Khởi động lại ứng dụng, hoặc thoát ra màn hình nền</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenancePages.qml" line="1" />
        <source>Self-test</source>
        <translation>Tự kiểm tra</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenancePages.qml" line="1" />
        <source>Test the card reader, camera and each device</source>
        <translation>Kiểm tra đầu đọc thẻ, camera và từng thiết bị</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenancePages.qml" line="1" />
        <source>Calibration and cleaning</source>
        <translation>Hiệu chuẩn và vệ sinh</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenancePages.qml" line="1" />
        <source>Check against a reference; due dates, uses, cleaning</source>
        <translation>Kiểm tra với chuẩn; hạn kiểm tra, lượt dùng, vệ sinh</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenancePages.qml" line="1" />
        <source>Queue</source>
        <translation>Hàng đợi</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenancePages.qml" line="1" />
        <source>Visits waiting, refused visits, send now</source>
        <translation>Lượt chờ gửi, lượt bị từ chối, gửi ngay</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenancePages.qml" line="1" />
        <source>Logs and diagnostics</source>
        <translation>Nhật ký và chẩn đoán</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenancePages.qml" line="1" />
        <source>Technician log; export an archive to a USB drive</source>
        <translation>Nhật ký kỹ thuật; xuất gói chẩn đoán ra USB</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenancePages.qml" line="1" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenancePages.qml" line="1" />
        <source>Device ports, server, language, time limits</source>
        <translation>Cổng thiết bị, máy chủ, ngôn ngữ, giới hạn thời gian</translation>
    </message>
</context>
<context>
    <name>MaintenanceShell</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenanceShell.qml" line="36" />
        <source>Maintenance · %1</source>
        <translation>Bảo trì · %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenanceShell.qml" line="37" />
        <source>Maintenance · station %1</source>
        <translation>Bảo trì · trạm %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenanceShell.qml" line="48" />
        <source>Menu</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/MaintenanceShell.qml" line="54" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>NoPinScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/NoPinScreen.qml" line="14" />
        <source>Maintenance is not set up on this station</source>
        <translation>Trạm này chưa thiết lập chế độ bảo trì</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/NoPinScreen.qml" line="20" />
        <source>No technician PIN has been set, so maintenance cannot be opened.</source>
        <translation>Chưa đặt mã PIN kỹ thuật viên nên không mở được chế độ bảo trì.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/NoPinScreen.qml" line="25" />
        <source>The deployer sets it on the station's computer with the command: %1</source>
        <translation>Người triển khai đặt mã trên máy tính của trạm bằng lệnh: %1</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/PinScreen.qml" line="21" />
        <source>Technician PIN</source>
        <translation>Mã PIN kỹ thuật viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/PinScreen.qml" line="25" />
        <source>Maintenance is for station technicians. Enter your PIN of %1 to %2 digits.</source>
        <translation>Chế độ bảo trì dành cho kỹ thuật viên của trạm. Nhập mã PIN gồm %1 đến %2 chữ số.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/maintenance/PinScreen.qml" line="32" />
        <source>Wrong PIN. You can try again in %n second(s).</source>
        <translation><numerusform>Sai mã PIN. Bạn có thể thử lại sau %n giây.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/PinScreen.qml" line="33" />
        <source>Wrong PIN. Please try again.</source>
        <translation>Sai mã PIN. Vui lòng thử lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/PinScreen.qml" line="39" />
        <source>Each wrong PIN makes the wait before the next try longer. Every attempt is recorded.</source>
        <translation>Mỗi lần nhập sai, thời gian chờ trước lần thử tiếp theo sẽ dài hơn. Mọi lần thử đều được ghi lại.</translation>
    </message>
</context>
<context>
    <name>PowerScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/PowerScreen.qml" line="16" />
        <source>Restarting takes a few seconds; the station then opens on the welcome screen. Visits waiting to be sent stay in the queue.</source>
        <translation>Khởi động lại mất vài giây; sau đó trạm mở ở màn hình chào. Các lượt đo đang chờ gửi vẫn nằm trong hàng đợi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/PowerScreen.qml" line="22" />
        <source>Restart the app</source>
        <translation>Khởi động lại ứng dụng</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/PowerScreen.qml" line="29" />
        <source>Exit to the desktop closes the kiosk app and does not start it again: citizens cannot use the station until it is restarted.</source>
        <translation>Thoát ra màn hình nền sẽ đóng ứng dụng và không tự mở lại: người dân không dùng được trạm cho đến khi khởi động lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/PowerScreen.qml" line="36" />
        <source>Exit to the desktop</source>
        <translation>Thoát ra màn hình nền</translation>
    </message>
</context>
<context>
    <name>SelfTestScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SelfTestScreen.qml" line="1" />
        <source>Passed</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SelfTestScreen.qml" line="1" />
        <source>Port opens; the device is quiet when not in use</source>
        <translation>Cổng mở được; thiết bị im lặng khi không dùng</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SelfTestScreen.qml" line="1" />
        <source>Reader answers; no card inserted</source>
        <translation>Đầu đọc trả lời; chưa cắm thẻ</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SelfTestScreen.qml" line="1" />
        <source>In use right now; try again</source>
        <translation>Đang được dùng; hãy thử lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SelfTestScreen.qml" line="1" />
        <source>No card reader found</source>
        <translation>Không tìm thấy đầu đọc thẻ</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SelfTestScreen.qml" line="1" />
        <source>Card service is not running</source>
        <translation>Dịch vụ thẻ không chạy</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SelfTestScreen.qml" line="1" />
        <source>The camera gives no picture</source>
        <translation>Camera không cho hình</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SelfTestScreen.qml" line="1" />
        <source>Pictures arrive, but no face was found: stand in front of the camera</source>
        <translation>Có hình nhưng không thấy khuôn mặt: hãy đứng trước camera</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SelfTestScreen.qml" line="1" />
        <source>Camera cannot be opened</source>
        <translation>Không mở được camera</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SelfTestScreen.qml" line="1" />
        <source>Not connected (port not found)</source>
        <translation>Chưa kết nối (không thấy cổng)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SelfTestScreen.qml" line="1" />
        <source>Port cannot be opened</source>
        <translation>Không mở được cổng</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SelfTestScreen.qml" line="1" />
        <source>No answer from the device</source>
        <translation>Thiết bị không trả lời</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SelfTestScreen.qml" line="1" />
        <source>The device answered with an error</source>
        <translation>Thiết bị trả lời có lỗi</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SelfTestScreen.qml" line="1" />
        <source>Not configured</source>
        <translation>Chưa cấu hình</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SelfTestScreen.qml" line="1" />
        <source>The test itself failed (see the technician log)</source>
        <translation>Bản thân phép thử bị lỗi (xem nhật ký kỹ thuật)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SelfTestScreen.qml" line="1" />
        <source>Tests the card reader, the camera and each measuring device. Takes up to a minute.</source>
        <translation>Kiểm tra đầu đọc thẻ, camera và từng thiết bị đo. Mất tối đa một phút.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SelfTestScreen.qml" line="1" />
        <source>Testing…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SelfTestScreen.qml" line="1" />
        <source>Run the self-test</source>
        <translation>Chạy tự kiểm tra</translation>
    </message>
</context>
<context>
    <name>CareScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/CareScreen.qml" line="1" />
        <source>Systolic (mmHg)</source>
        <translation>Tâm thu (mmHg)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/CareScreen.qml" line="1" />
        <source>Diastolic (mmHg)</source>
        <translation>Tâm trương (mmHg)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/CareScreen.qml" line="1" />
        <source>Test weight (kg)</source>
        <translation>Quả cân chuẩn (kg)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/CareScreen.qml" line="1" />
        <source>SpO2 set on the simulator (%)</source>
        <translation>SpO2 đặt trên máy mô phỏng (%)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/CareScreen.qml" line="1" />
        <source>Reference temperature (°C)</source>
        <translation>Nhiệt độ chuẩn (°C)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/CareScreen.qml" line="1" />
        <source>No reading: the check was not recorded. Check the device and try again.</source>
        <translation>Không có kết quả đo: chưa ghi lần kiểm tra. Hãy xem lại thiết bị và thử lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/CareScreen.qml" line="1" />
        <source>Check passed: within ± %1.</source>
        <translation>Kiểm tra đạt: trong khoảng ± %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/CareScreen.qml" line="1" />
        <source>Check FAILED: more than ± %1 off. The device stays out of citizen use until a check passes.</source>
        <translation>Kiểm tra KHÔNG ĐẠT: lệch quá ± %1. Thiết bị ngừng phục vụ người dân cho đến khi kiểm tra đạt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/CareScreen.qml" line="1" />
        <source>OUT OF CITIZEN USE: check due %1</source>
        <translation>NGỪNG PHỤC VỤ: hạn kiểm tra %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/CareScreen.qml" line="1" />
        <source>%1 uses in all, %2 since the last cleaning (clean every %3)</source>
        <translation>Tổng %1 lượt dùng, %2 lượt từ lần vệ sinh trước (vệ sinh sau mỗi %3 lượt)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/CareScreen.qml" line="1" />
        <source>Please clean it now.</source>
        <translation>Hãy vệ sinh ngay.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/CareScreen.qml" line="1" />
        <source>Measuring…</source>
        <translation>Đang đo…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/CareScreen.qml" line="1" />
        <source>Measure and compare</source>
        <translation>Đo và so sánh</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/CareScreen.qml" line="1" />
        <source>Cleaned</source>
        <translation>Đã vệ sinh</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/maintenance/CareScreen.qml" line="1" />
        <source>next check due %1 (%n day(s))</source>
        <translation><numerusform>hạn kiểm tra tới %1 (còn %n ngày)</numerusform></translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/QueueScreen.qml" line="1" />
        <source>The visit store cannot be read (see the technician log).</source>
        <translation>Không đọc được kho lượt khám (xem nhật ký kỹ thuật).</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/QueueScreen.qml" line="1" />
        <source>Send now</source>
        <translation>Gửi ngay</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/QueueScreen.qml" line="1" />
        <source>Refused by the server (dead letters)</source>
        <translation>Bị máy chủ từ chối</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/QueueScreen.qml" line="1" />
        <source>Retry</source>
        <translation>Gửi lại</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/maintenance/QueueScreen.qml" line="1" />
        <source>%n visit(s) waiting to be sent</source>
        <translation><numerusform>%n lượt chờ gửi</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/maintenance/QueueScreen.qml" line="1" />
        <source>%n refused by the server</source>
        <translation><numerusform>%n lượt bị máy chủ từ chối</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/maintenance/QueueScreen.qml" line="1" />
        <source>oldest waiting %n minute(s)</source>
        <translation><numerusform>lượt lâu nhất đã chờ %n phút</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/maintenance/QueueScreen.qml" line="1" />
        <source>%n attempt(s)</source>
        <translation><numerusform>%n lần thử</numerusform></translation>
    </message>
</context>
<context>
    <name>LogsScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/LogsScreen.qml" line="1" />
        <source>All components</source>
        <translation>Mọi thành phần</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/LogsScreen.qml" line="1" />
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/LogsScreen.qml" line="1" />
        <source>Not saved: the drive is full.</source>
        <translation>Chưa lưu: ổ đã đầy.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/LogsScreen.qml" line="1" />
        <source>Not saved: the folder cannot be written. Is the drive still in?</source>
        <translation>Chưa lưu: không ghi được vào thư mục. Ổ USB còn cắm không?</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/LogsScreen.qml" line="1" />
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/LogsScreen.qml" line="1" />
        <source>Export to %1</source>
        <translation>Xuất ra %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/LogsScreen.qml" line="1" />
        <source>Export to the log folder</source>
        <translation>Xuất vào thư mục nhật ký</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/LogsScreen.qml" line="1" />
        <source>No USB drive found: export to the log folder</source>
        <translation>Không thấy ổ USB: xuất vào thư mục nhật ký</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SettingsScreen.qml" line="1" />
        <source>Health-record server address</source>
        <translation>Địa chỉ máy chủ hồ sơ sức khỏe</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SettingsScreen.qml" line="1" />
        <source>Default language (vi or en)</source>
        <translation>Ngôn ngữ mặc định (vi hoặc en)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SettingsScreen.qml" line="1" />
        <source>Idle before the warning (s)</source>
        <translation>Không chạm trước khi cảnh báo (giây)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SettingsScreen.qml" line="1" />
        <source>Warning countdown (s)</source>
        <translation>Đếm ngược cảnh báo (giây)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SettingsScreen.qml" line="1" />
        <source>Card read limit (s)</source>
        <translation>Giới hạn đọc thẻ (giây)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SettingsScreen.qml" line="1" />
        <source>Face check limit (s)</source>
        <translation>Giới hạn xác thực khuôn mặt (giây)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SettingsScreen.qml" line="1" />
        <source>Measurement limit (s)</source>
        <translation>Giới hạn một lần đo (giây)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SettingsScreen.qml" line="1" />
        <source>Back to welcome after (s)</source>
        <translation>Về màn hình chào sau (giây)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SettingsScreen.qml" line="1" />
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SettingsScreen.qml" line="1" />
        <source>Saved. The change applies when the app restarts.</source>
        <translation>Đã lưu. Thay đổi có hiệu lực khi khởi động lại ứng dụng.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SettingsScreen.qml" line="1" />
        <source>Undo last change</source>
        <translation>Hoàn tác thay đổi vừa rồi</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SettingsScreen.qml" line="1" />
        <source>Check and save</source>
        <translation>Kiểm tra và lưu</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/maintenance/SettingsScreen.qml" line="1" />
        <source>Restart the app now</source>
        <translation>Khởi động lại ứng dụng ngay</translation>
    </message>
</context>
<context>
    <name>MeasureTile</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/measure/MeasureTile.qml" line="5" />
        <source>Measure my health</source>
        <translation>Đo sức khỏe</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/measure/MeasureTile.qml" line="6" />
        <source>Blood pressure, weight and height, blood oxygen and temperature, saved to your health record.</source>
        <translation>Huyết áp, cân nặng và chiều cao, nồng độ oxy trong máu và nhiệt độ, lưu vào hồ sơ sức khỏe của bạn.</translation>
    </message>
</context>
<context>
    <name>PrintSlip</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/PrintSlip.qml" line="14" />
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/PrintSlip.qml" line="15" />
        <source>Please take your slip from the printer. Its paper is running low.</source>
        <translation>Mời bạn lấy phiếu ở máy in. Máy in sắp hết giấy.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/PrintSlip.qml" line="16" />
        <source>Please take your slip from the printer.</source>
        <translation>Mời bạn lấy phiếu ở máy in.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/PrintSlip.qml" line="17" />
        <source>The printer is out of paper, so no slip this time. Your results are saved as usual.</source>
        <translation>Máy in đã hết giấy nên lần này không in được phiếu. Kết quả của bạn vẫn được lưu như bình thường.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/PrintSlip.qml" line="18" />
        <source>The printer&apos;s cover is open, so no slip this time. Please ask a staff member. Your results are saved as usual.</source>
        <translation>Nắp máy in đang mở nên lần này không in được phiếu. Vui lòng nhờ nhân viên hỗ trợ. Kết quả của bạn vẫn được lưu như bình thường.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/PrintSlip.qml" line="21" />
        <source>The printer is not working right now, so no slip this time. Your results are saved as usual.</source>
        <translation>Máy in hiện không hoạt động nên lần này không in được phiếu. Kết quả của bạn vẫn được lưu như bình thường.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/PrintSlip.qml" line="29" />
        <source>Print again</source>
        <translation>In lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/PrintSlip.qml" line="29" />
        <source>Print my results</source>
        <translation>In kết quả của tôi</translation>
    </message>
</context>
<context>
    <name>RecordScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="12" />
        <source>Your health record. Choose what you would like to see.</source>
        <translation>Hồ sơ sức khỏe của bạn. Mời bạn chọn nội dung muốn xem.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="13" />
        <source>Your health record is not available right now.</source>
        <translation>Hiện chưa xem được hồ sơ sức khỏe của bạn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="17" />
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="18" />
        <source>Blood pressure</source>
        <translation>Huyết áp</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="19" />
        <source>Weight and BMI</source>
        <translation>Cân nặng và BMI</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="20" />
        <source>Blood oxygen</source>
        <translation>Oxy trong máu</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="21" />
        <source>Pulse</source>
        <translation>Mạch</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="22" />
        <source>Vaccinations</source>
        <translation>Tiêm chủng</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="30" />
        <source>station %1</source>
        <translation>trạm %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="30" />
        <source>recorded by %1</source>
        <translation>ghi nhận bởi %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="44" />
        <source>My health record</source>
        <translation>Hồ sơ sức khỏe của tôi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="50" />
        <source>Reading your record… %n reading(s) so far</source>
        <translation><numerusform>Đang đọc hồ sơ của bạn… đã có %n số đo</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="59" />
        <source>Other services</source>
        <translation>Dịch vụ khác</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="89" />
        <source>Your health record is not available right now: the health record system cannot be reached. Please try again at a later visit. Everything else at this station works as usual.</source>
        <translation>Hiện chưa xem được hồ sơ sức khỏe của bạn: không kết nối được với hệ thống hồ sơ sức khỏe. Vui lòng thử lại vào lần sau. Các dịch vụ khác tại trạm vẫn hoạt động bình thường.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="101" />
        <source>Nothing in your record yet</source>
        <translation>Hồ sơ của bạn chưa có số đo nào</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="106" />
        <source>Readings from the last 12 months will appear here after you measure your health at a station. You can start now with “Measure my health”.</source>
        <translation>Các số đo trong 12 tháng gần nhất sẽ hiện ở đây sau khi bạn đo sức khỏe tại trạm. Bạn có thể bắt đầu ngay với “Đo sức khỏe”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="136" />
        <source>Before</source>
        <translation>Lần trước</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="141" />
        <source>Nothing measured yet. Your trends are under the other tabs.</source>
        <translation>Chưa có số đo. Diễn biến của bạn ở các mục khác.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="176" />
        <source>not measured today</source>
        <translation>hôm nay chưa đo</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="199" />
        <source>no earlier reading</source>
        <translation>chưa có số đo trước</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="219" />
        <source>These results are a health screening, not a diagnosis. Only a health worker can diagnose a condition.</source>
        <translation>Kết quả này là sàng lọc sức khỏe, không phải chẩn đoán. Chỉ nhân viên y tế mới có thể chẩn đoán bệnh.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="243" />
        <source>Reading your record…</source>
        <translation>Đang đọc hồ sơ của bạn…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="243" />
        <source>No readings of this kind in the last 12 months.</source>
        <translation>Không có số đo loại này trong 12 tháng gần nhất.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="259" />
        <source>No vaccinations in your record.</source>
        <translation>Hồ sơ của bạn chưa có mũi tiêm chủng nào.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordScreen.qml" line="287" />
        <source>%1 (dose %2)</source>
        <translation>%1 (mũi %2)</translation>
    </message>
</context>
<context>
    <name>RecordTile</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordTile.qml" line="5" />
        <source>My health record</source>
        <translation>Hồ sơ sức khỏe của tôi</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/record/RecordTile.qml" line="6" />
        <source>Your readings of the last 12 months, how they changed, and your vaccinations.</source>
        <translation>Các số đo trong 12 tháng gần nhất, diễn biến của chúng và lịch sử tiêm chủng của bạn.</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ServicesScreen.qml" line="11" />
        <source>What would you like to do? Choose a service.</source>
        <translation>Bạn muốn làm gì? Mời bạn chọn một dịch vụ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ServicesScreen.qml" line="20" />
        <source>Hello %1, what would you like to do?</source>
        <translation>Xin chào %1, bạn muốn làm gì?</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/screens/ServicesScreen.qml" line="21" />
        <source>What would you like to do?</source>
        <translation>Bạn muốn làm gì?</translation>
    </message>
</context>
<context>
    <name>SlipWords</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/SlipWords.qml" line="12" />
        <source>Health check results</source>
        <translation>Kết quả kiểm tra sức khỏe</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/SlipWords.qml" line="13" />
        <source>Digital Citizen Station %1</source>
        <translation>Trạm Công dân số %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/SlipWords.qml" line="16" />
        <source>For: %1 · ID number %2</source>
        <translation>Người đo: %1 · Số định danh %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/SlipWords.qml" line="27" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/SlipWords.qml" line="35" />
        <source>A result needs urgent attention. If you feel unwell, call 115 now.</source>
        <translation>Có kết quả cần được chú ý ngay. Nếu bạn thấy không khỏe, hãy gọi 115 ngay.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/SlipWords.qml" line="36" />
        <source>A health screening, not a diagnosis. Only a health worker can diagnose a condition.</source>
        <translation>Đây là sàng lọc sức khỏe, không phải chẩn đoán. Chỉ nhân viên y tế mới có thể chẩn đoán bệnh.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/SlipWords.qml" line="41" />
        <source>Your visit&apos;s record number, for your clinic</source>
        <translation>Mã hồ sơ lần đo này, dành cho cơ sở y tế của bạn</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/TrendChart.qml" line="32" />
        <source>Blood pressure (mmHg)</source>
        <translation>Huyết áp (mmHg)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/TrendChart.qml" line="33" />
        <source>Weight (kg)</source>
        <translation>Cân nặng (kg)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/TrendChart.qml" line="34" />
        <source>Body mass index (BMI)</source>
        <translation>Chỉ số khối cơ thể (BMI)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/TrendChart.qml" line="35" />
        <source>Blood oxygen (SpO2, %)</source>
        <translation>Oxy trong máu (SpO2, %)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/TrendChart.qml" line="36" />
        <source>Pulse (beats per minute)</source>
        <translation>Mạch (lần/phút)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/TrendChart.qml" line="49" />
        <source>upper (systolic)</source>
        <translation>số trên (tâm thu)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/TrendChart.qml" line="49" />
        <source>lower (diastolic)</source>
        <translation>số dưới (tâm trương)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/TrendChart.qml" line="56" />
        <source>measured elsewhere: %1</source>
        <translation>đo ở nơi khác: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/TrendChart.qml" line="62" />
        <source>limits of the clinical bands</source>
        <translation>ngưỡng phân loại lâm sàng</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/TrendChart.qml" line="183" />
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>CodeKeypad</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/CodeKeypad.qml" line="1" />
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/components/CodeKeypad.qml" line="1" />
        <source>OK, check this code</source>
        <translation>OK, kiểm tra mã này</translation>
    </message>
</context>
<context>
    <name>PrescriptionEntryScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionEntryScreen.qml" line="1" />
        <source>Hold your prescription&apos;s QR code up to the camera, or type the code on the keypad.</source>
        <translation>Hãy đưa mã QR trên đơn thuốc trước camera, hoặc gõ mã đơn thuốc trên bàn phím.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionEntryScreen.qml" line="1" />
        <source>Check my prescription</source>
        <translation>Kiểm tra đơn thuốc</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionEntryScreen.qml" line="1" />
        <source>Hold the prescription&apos;s QR code up to the camera, or type its code.</source>
        <translation>Đưa mã QR của đơn thuốc trước camera, hoặc gõ mã đơn thuốc.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionEntryScreen.qml" line="1" />
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionEntryScreen.qml" line="1" />
        <source>Type the code</source>
        <translation>Gõ mã đơn thuốc</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionEntryScreen.qml" line="1" />
        <source>Back to the services</source>
        <translation>Quay lại các dịch vụ</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionEntryScreen.qml" line="1" />
        <source>Looking up your prescription…</source>
        <translation>Đang tìm đơn thuốc của bạn…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionEntryScreen.qml" line="1" />
        <source>Demo: hold up a prescription QR code</source>
        <translation>Demo: đưa mã QR đơn thuốc lên camera</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionEntryScreen.qml" line="1" />
        <source>The code has %1 letters or digits, a hyphen, then C, N, H or Y. Example: 40618R001935-C.</source>
        <translation>Mã gồm %1 chữ cái hoặc chữ số, một dấu gạch ngang, rồi C, N, H hoặc Y. Ví dụ: 40618R001935-C.</translation>
    </message>
</context>
<context>
    <name>PrescriptionResultScreen</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Your prescription is shown. These medicines are dispensed only at the pharmacy counter, with your ID card.</source>
        <translation>Đơn thuốc của bạn đang hiển thị. Các thuốc này chỉ được bán tại quầy thuốc, khi xuất trình thẻ căn cước.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Your prescription is shown. Show the pick-up pass to the pharmacy.</source>
        <translation>Đơn thuốc của bạn đang hiển thị. Hãy đưa phiếu nhận thuốc cho nhà thuốc.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>This prescription has expired. Please see your doctor for a new one.</source>
        <translation>Đơn thuốc này đã hết hạn. Vui lòng gặp bác sĩ để được kê đơn mới.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>This prescription has already been dispensed at a pharmacy.</source>
        <translation>Đơn thuốc này đã được dùng để mua thuốc tại nhà thuốc.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>No prescription with this code was found for you. Please check the code.</source>
        <translation>Không tìm thấy đơn thuốc nào của bạn với mã này. Vui lòng kiểm tra lại mã.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>%1 · code %2</source>
        <translation>%1 · mã %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Code %1</source>
        <translation>Mã %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>We found no prescription with this code for you. Please check the code and type it again, or ask the pharmacy or the doctor who wrote it.</source>
        <translation>Chúng tôi không tìm thấy đơn thuốc nào của bạn với mã này. Vui lòng kiểm tra mã và gõ lại, hoặc hỏi nhà thuốc hay bác sĩ đã kê đơn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Its medicines can no longer be bought with it. Please see your doctor for a new prescription.</source>
        <translation>Không thể mua thuốc theo đơn này nữa. Vui lòng gặp bác sĩ để được kê đơn mới.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Its medicines were already handed out at a pharmacy. It cannot be used again.</source>
        <translation>Thuốc trong đơn đã được nhà thuốc giao. Không thể dùng lại đơn này.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Controlled medicines: dispensed only at the pharmacy counter, to you, with your ID card.</source>
        <translation>Thuốc phải kiểm soát đặc biệt: chỉ được bán tại quầy thuốc, cho chính bạn, khi xuất trình thẻ căn cước.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Prescribed by</source>
        <translation>Bác sĩ kê đơn</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Facility</source>
        <translation>Cơ sở y tế</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Date</source>
        <translation>Ngày kê</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Valid</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Pick-up pass</source>
        <translation>Phiếu nhận thuốc</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Show this at the pharmacy with your ID card. Valid for %n minute(s).</source>
        <translation><numerusform>Đưa phiếu này cùng thẻ căn cước tại nhà thuốc. Có giá trị trong %n phút.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Check another code</source>
        <translation>Kiểm tra mã khác</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionResultScreen.qml" line="1" />
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>PrescriptionTile</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionTile.qml" line="1" />
        <source>Check my prescription</source>
        <translation>Kiểm tra đơn thuốc</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionTile.qml" line="1" />
        <source>Show or type your e-prescription code: see your medicines and get a pick-up pass for the pharmacy.</source>
        <translation>Đưa hoặc gõ mã đơn thuốc điện tử: xem thuốc được kê và nhận phiếu nhận thuốc cho nhà thuốc.</translation>
    </message>
</context>
<context>
    <name>PrescriptionWords</name>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>Please type the prescription code first.</source>
        <translation>Vui lòng gõ mã đơn thuốc trước.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>The hyphen (-) is missing or there is more than one. The code ends with a hyphen and one letter, for example …-C.</source>
        <translation>Thiếu dấu gạch ngang (-) hoặc có nhiều hơn một dấu. Mã kết thúc bằng một dấu gạch ngang và một chữ cái, ví dụ …-C.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>Before the hyphen, use only letters and digits.</source>
        <translation>Trước dấu gạch ngang chỉ dùng chữ cái và chữ số.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>After the hyphen comes one letter: C, N, H or Y.</source>
        <translation>Sau dấu gạch ngang là một chữ cái: C, N, H hoặc Y.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>The code shown to the camera is not a prescription code. Show the prescription&apos;s QR code, or type the code.</source>
        <translation>Mã vừa đưa trước camera không phải mã đơn thuốc. Hãy đưa mã QR của đơn thuốc, hoặc gõ mã.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>The camera is busy right now. Please type the code on the keypad.</source>
        <translation>Camera đang bận. Vui lòng gõ mã trên bàn phím.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>The camera is not working. Please type the code on the keypad.</source>
        <translation>Camera không hoạt động. Vui lòng gõ mã trên bàn phím.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>The prescription service cannot be reached right now. Please try again in a moment.</source>
        <translation>Hiện không kết nối được với hệ thống đơn thuốc. Vui lòng thử lại sau ít phút.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>The prescription service did not answer in time. Please try again in a moment.</source>
        <translation>Hệ thống đơn thuốc không trả lời kịp. Vui lòng thử lại sau ít phút.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>The prescription service gave an answer this station cannot read. Please try again, or ask a staff member.</source>
        <translation>Hệ thống đơn thuốc trả về dữ liệu mà trạm không đọc được. Vui lòng thử lại hoặc nhờ nhân viên hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>This code belongs to more than one prescription, so it cannot be shown here. Please ask the pharmacy or the clinic that wrote it.</source>
        <translation>Mã này thuộc về nhiều đơn thuốc nên không thể hiển thị tại đây. Vui lòng hỏi nhà thuốc hoặc cơ sở đã kê đơn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>This prescription does not name its patient, so it cannot be checked here. Please ask the clinic that wrote it.</source>
        <translation>Đơn thuốc này không ghi người bệnh nên không thể kiểm tra tại đây. Vui lòng hỏi cơ sở đã kê đơn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>The pick-up pass could not be made at this station. Show your ID card and this code at the pharmacy instead.</source>
        <translation>Trạm không tạo được phiếu nhận thuốc. Vui lòng xuất trình thẻ căn cước và mã đơn thuốc này tại nhà thuốc.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>Something went wrong. Please try again.</source>
        <translation>Đã có lỗi xảy ra. Vui lòng thử lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>Your prescription</source>
        <translation>Đơn thuốc của bạn</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>This prescription has expired</source>
        <translation>Đơn thuốc này đã hết hạn</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>This prescription has already been dispensed</source>
        <translation>Đơn thuốc này đã được dùng để mua thuốc</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>Prescription not found</source>
        <translation>Không tìm thấy đơn thuốc</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>Ordinary prescription</source>
        <translation>Đơn thuốc thông thường</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>Narcotic medicine prescription</source>
        <translation>Đơn thuốc gây nghiện</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>Psychotropic or precursor medicine prescription</source>
        <translation>Đơn thuốc hướng thần, tiền chất</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>Traditional medicine prescription</source>
        <translation>Đơn thuốc y học cổ truyền</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>until %1 (today is the last day)</source>
        <translation>đến %1 (hôm nay là ngày cuối)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>until %1 (%n more day(s))</source>
        <translation><numerusform>đến %1 (còn %n ngày)</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>until %1 (expired)</source>
        <translation>đến %1 (đã hết hạn)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qml/Kiosk/services/prescription/PrescriptionWords.qml" line="1" />
        <source>Before the hyphen the code has exactly %1 letters or digits. Please count them again.</source>
        <translation>Trước dấu gạch ngang, mã có đúng %1 chữ cái hoặc chữ số. Vui lòng đếm lại.</translation>
    </message>
</context>
</TS>